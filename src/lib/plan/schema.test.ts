import { describe, expect, it } from 'vitest';
import { problemsWith, lineOf, SAMPLE_FILE } from '#tests/fixtures/sample-library.ts';

/** Every message must name the file and say where and what was expected. */
function expectProblem(messages: string[], pattern: RegExp) {
  expect(
    messages.some((m) => m.startsWith(SAMPLE_FILE) && pattern.test(m)),
    messages.join('\n'),
  ).toBe(true);
}

describe('frontmatter that does not match the schema stops the build', () => {
  it('names a missing field and its expected type', () => {
    expectProblem(problemsWith('shortName: 示例\n'), /\(shortName\): .*expected string/);
  });

  it('names a mistyped value with the allowed values and the line', () => {
    const messages = problemsWith('level: district-plan', 'level: district');
    expectProblem(
      messages,
      new RegExp(`:${lineOf('level: district-plan')} \\(level\\): .*expected one of .*district-plan`),
    );
  });

  it('rejects a misspelt field name', () => {
    expectProblem(problemsWith('shortName: 示例', 'shortName: 示例\nshortname: 示例'), /shortname/);
  });

  it('rejects a date in another format', () => {
    expectProblem(problemsWith('dateIssued: "2023-01-02"', 'dateIssued: 2023年1月2日'), /\(dateIssued\): .*YYYY-MM-DD/);
  });

  it('requires stopsAt for an excerpt', () => {
    expectProblem(problemsWith('status: complete', 'status: excerpt'), /completeness\.stopsAt.*required/);
  });
});
