import { describe, expect, it } from 'vitest';
import { decodeContentFile } from './text-file.ts';
import { ContentProblems } from './errors.ts';

describe('content files as text', () => {
  it('decode UTF-8', () => {
    const problems = new ContentProblems();
    expect(decodeContentFile('a', new TextEncoder().encode('绿色'), problems)).toBe('绿色');
    expect(problems.count).toBe(0);
  });

  it('report a byte-order mark and go on without it', () => {
    const problems = new ContentProblems();
    expect(decodeContentFile('a', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), problems)).toBe('a');
    expect(problems.errors[0]!.message).toMatch(/^a:1 \(encoding\): the file starts with a byte-order mark/);
  });

  it('report a file that is not UTF-8 at its first bad line', () => {
    const problems = new ContentProblems();
    // "ok\n" then 你好 in GBK.
    expect(
      decodeContentFile('a', new Uint8Array([0x6f, 0x6b, 0x0a, 0xc4, 0xe3, 0xba, 0xc3]), problems),
    ).toBeUndefined();
    expect(problems.errors[0]!.location).toEqual({ file: 'a', line: 2, field: 'encoding' });
    expect(problems.errors[0]!.found).toContain('GBK');
  });
});
