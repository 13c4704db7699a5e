import { describe, expect, it } from 'vitest';
import { reuseCell, topReusePartners } from './reuse-views.ts';
import type { Alignment, ReuseEntry } from './alignment.ts';

const entry = (from: string, to: string, shared: number, characters = 100): ReuseEntry => ({
  from,
  to,
  characters,
  shared,
  generic: 0,
  share: shared / characters,
  genericShare: 0,
});

const alignment = {
  reuse: [entry('a', 'b', 10), entry('a', 'c', 30), entry('a', 'd', 20), entry('b', 'a', 10, 50)],
  reuseAnyOther: [
    { plan: 'a', characters: 100, shared: 40, share: 0.4 },
    { plan: 'b', characters: 50, shared: 10, share: 0.2 },
    { plan: 'c', characters: 80, shared: 0, share: 0 },
  ],
} as unknown as Alignment;

describe('reuse views', () => {
  it('reads a listed pair, and a pair the alignment does not list as sharing nothing', () => {
    expect(reuseCell(alignment, 'a', 'c')!.shared).toBe(30);
    expect(reuseCell(alignment, 'c', 'a')).toMatchObject({ characters: 80, shared: 0, share: 0 });
    expect(reuseCell(alignment, 'a', 'a')).toBeUndefined();
  });

  it('ranks the plans a text is most found in, highest share first', () => {
    const expected = alignment.reuse
      .filter((c) => c.from === 'a')
      .sort((x, y) => y.share - x.share)
      .slice(0, 2)
      .map((c) => c.to);
    expect(topReusePartners(alignment, 'a', 2).map((c) => c.to)).toEqual(expected);
    expect(topReusePartners(alignment, 'c', 3)).toEqual([]);
  });
});
