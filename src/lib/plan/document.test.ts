import { describe, expect, it } from 'vitest';
import { problemsWith, lineOf, SAMPLE_FILE } from '#tests/fixtures/sample-library.ts';

/** Every message must name the file and say where and what was expected. */
function expectProblem(messages: string[], pattern: RegExp) {
  expect(
    messages.some((m) => m.startsWith(SAMPLE_FILE) && pattern.test(m)),
    messages.join('\n'),
  ).toBe(true);
}

describe('text that is not plain plan text stops the build', () => {
  it('rejects Markdown formatting inside plan text', () => {
    expectProblem(
      problemsWith('各有关单位：', '**各有关单位：**'),
      new RegExp(`:${lineOf('各有关单位：')}: unexpected strong in plan text`),
    );
  });

  it('rejects unknown elements', () => {
    expectProblem(
      problemsWith(
        '<Signature>\n示例区人民政府办公室\n\n2023年1月2日\n</Signature>',
        '<Signatur>\n示例区人民政府办公室\n\n2023年1月2日\n</Signatur>',
      ),
      /unknown element <Signatur>; expected Measure, DocumentNumber, Signature or Colophon/,
    );
  });

  it('explains a numbered line that Markdown reads as a list', () => {
    expectProblem(problemsWith('3.加强组织宣传。', '3. 加强组织宣传。'), /write "1\." without the space/);
  });
});
