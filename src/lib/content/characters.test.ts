import { describe, expect, it } from 'vitest';
import { checkCharacters, suspiciousCharacters } from './characters.ts';
import { ContentProblems } from './errors.ts';

describe('invisible and look-alike characters', () => {
  it('are found with line and column, and named', () => {
    const found = suspiciousCharacters('绿色\n金\u200b融\uf90a\u3000');
    expect(found.map((f) => [f.line, f.column, f.name.slice(0, 6)])).toEqual([
      [2, 2, 'U+200B'],
      [2, 4, 'U+F90A'],
      [2, 5, 'U+3000'],
    ]);
    expect(found[1]!.name).toContain('looks like 金');
  });

  it('leave ordinary text, tabs and line breaks alone', () => {
    expect(suspiciousCharacters('（一）绿色金融，2025年。\t\r\n')).toEqual([]);
  });

  it('are allowed in a plan only where its source prints them after the same character', () => {
    const problems = new ContentProblems();
    checkCharacters('p.mdx', '日\u3000期', '26日\u3000\u3000', problems);
    checkCharacters('p.mdx', '月\u3000期', '26日\u3000\u3000', problems);
    expect(problems.errors.map((e) => e.location)).toEqual([{ file: 'p.mdx', line: 1, field: 'column 2' }]);
  });
});
