import { describe, expect, it } from 'vitest';
import { ContentError, ContentErrors, ContentProblems } from './errors.ts';

describe('content problems', () => {
  it('word every problem as file:line (field): problem; found …; expected …', () => {
    const error = new ContentError({ file: 'content/x.yaml', line: 3, field: 'id' }, 'duplicate id', {
      found: 'a',
      expected: 'each id once',
    });
    expect(error.message).toBe('content/x.yaml:3 (id): duplicate id; found a; expected each id once');
  });

  it('collect every problem and throw them once, together', () => {
    const problems = new ContentProblems();
    problems.report({ file: 'a' }, 'one');
    problems.collect(() => {
      throw new ContentError({ file: 'b', line: 1 }, 'two');
    });
    expect(problems.concerns('b')).toBe(true);
    expect(() => problems.throwIfAny()).toThrow(ContentErrors);
    expect(() => problems.throwIfAny()).toThrow(/2 content problems:\n {2}- a: one\n {2}- b:1: two/);
  });

  it('let a bug through collect, but turn it into a problem naming the file in guard', () => {
    const problems = new ContentProblems();
    expect(() =>
      problems.collect(() => {
        throw new RangeError('bug');
      }),
    ).toThrow(RangeError);
    problems.guard('content/plans/x.mdx', () => {
      throw new RangeError('no numeral for 100');
    });
    expect(problems.errors.map((e) => e.message)).toEqual([
      'content/plans/x.mdx (file): the checks stopped on this file; found an internal error (no numeral for 100); expected content the checks can read; please report this message with the file',
    ]);
  });
});
