import { describe, expect, it } from 'vitest';
import { problemsWith, lineOf, SAMPLE_FILE } from '#tests/fixtures/sample-library.ts';

/** Every message must name the file and say where and what was expected. */
function expectProblem(messages: string[], pattern: RegExp) {
  expect(
    messages.some((m) => m.startsWith(SAMPLE_FILE) && pattern.test(m)),
    messages.join('\n'),
  ).toBe(true);
}

describe('the library cross-checks its plans', () => {
  it('fails a basis reference to a plan that is not in the library, naming the line', () => {
    const messages = problemsWith(
      '    documentNumber: 上发〔2022〕9号',
      '    documentNumber: 上发〔2022〕9号\n    plan: nowhere',
    );
    expectProblem(
      messages,
      new RegExp(
        `:${lineOf('    documentNumber: 上发') + 1} \\(basis\\.0\\.plan\\): .*"nowhere", which is not in the library; expected one of sample`,
      ),
    );
  });

  it('fails a source file that was not received', () => {
    expectProblem(problemsWith('source: sample.txt', 'source: other.txt'), /\(source\): .*expected one of sample\.txt/);
  });
});
