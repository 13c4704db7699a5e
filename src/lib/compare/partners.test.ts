/**
 * Which pairs get a compare page: every pair in a small library; at scale each plan's closest
 * plans by text, its basis always, and the plans nearest in time to fill up, so the number of
 * pages grows with the plans, not with their pairs.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { chronologicalPlans } from './counterparts.ts';
import { COMPARE_PARTNERS, comparePairPages, comparePartners, pairKey } from './partners.ts';
import { basisInLibrary } from './views.ts';
import type { PlanPairSummary } from './types.ts';

function summary(earlier: string, later: string, earlierCarried: number, laterFromEarlier: number): PlanPairSummary {
  return {
    earlier,
    later,
    copied: 0,
    adapted: 1,
    partial: 0,
    common: 0,
    earlierLinked: 1,
    laterLinked: 1,
    earlierCarried,
    laterFromEarlier,
    changes: { verb: 0, actor: 0, action: 0, number: 0, deadline: 0, target: 0, lead: 0 },
  };
}

/** A synthetic library of `n` plans p00, p01, … in chronological order. */
const slugs = (n: number) => Array.from({ length: n }, (_, i) => `p${String(i).padStart(2, '0')}`);

describe('compare partners', () => {
  it('give every pair a page in the real library', () => {
    const library = loadContent().library;
    const plans = chronologicalPlans(library);
    const partners = comparePartners({ plans, pairs: [], basisOf: (slug) => basisInLibrary(library, slug) });
    const pages = comparePairPages(plans, partners);
    expect(pages).toHaveLength((plans.length * (plans.length - 1)) / 2);
    // Chronological: the earlier plan first in every key, and keys in order of the earlier plan.
    const position = (slug: string) => plans.indexOf(slug);
    for (const key of pages) {
      const [a, b] = key.split(' ') as [string, string];
      expect(position(a)).toBeLessThan(position(b));
    }
    expect(pages.map((k) => position(k.split(' ')[0]!))).toEqual(
      [...pages.map((k) => position(k.split(' ')[0]!))].sort((x, y) => x - y),
    );
  });

  it('pick the plans a plan shares most text with, either way, then the nearest in time', () => {
    const plans = slugs(30);
    const pairs = [
      summary('p03', 'p20', 0.1, 0.1), // p20's strongest tie, though far in time
      summary('p10', 'p20', 0.05, 0.02),
      summary('p20', 'p25', 0.01, 0.01),
    ];
    const partners = comparePartners({ plans, pairs, basisOf: () => [] }, 4);
    expect(partners.get('p20')).toEqual(['p03', 'p10', 'p25', 'p19']);
    // A plan sharing no text still gets its partners: the plans issued nearest to it.
    expect(partners.get('p00')).toEqual(['p01', 'p02', 'p03', 'p04']);
    expect(partners.get('p15')).toEqual(['p14', 'p16', 'p13', 'p17']);
  });

  it('always include the plans a plan cites as its basis, even beyond the limit', () => {
    const plans = slugs(30);
    const basisOf = (slug: string) => (slug === 'p29' ? ['p00', 'p01', 'p02'] : []);
    const pairs = [summary('p20', 'p29', 0.5, 0.5), summary('p21', 'p29', 0.4, 0.4)];
    const partners = comparePartners({ plans, pairs, basisOf }, 2);
    expect(partners.get('p29')).toEqual(['p00', 'p01', 'p02']);
    const pages = new Set(comparePairPages(plans, partners));
    for (const basis of basisOf('p29')) expect(pages.has(pairKey(basis, 'p29'))).toBe(true);
  });

  it('build a pair when either plan picked the other, so pages grow with the plans, not their pairs', () => {
    for (const n of [9, 10, 40, 100]) {
      const plans = slugs(n);
      // Every plan shares text with every other: the densest case.
      const pairs = plans.flatMap((a, i) =>
        plans.slice(i + 1).map((b, j) => summary(a, b, ((i * 7 + j * 3) % 11) / 20, ((i + j) % 5) / 20)),
      );
      const partners = comparePartners({ plans, pairs, basisOf: () => [] });
      const pages = comparePairPages(plans, partners);
      for (const picked of partners.values()) expect(picked).toHaveLength(Math.min(COMPARE_PARTNERS, n - 1));
      expect(pages.length).toBeLessThanOrEqual(n * COMPARE_PARTNERS);
      const built = new Set(pages);
      for (const [plan, picked] of partners)
        for (const other of picked) {
          const [a, b] = [plan, other].sort((x, y) => plans.indexOf(x) - plans.indexOf(y));
          expect(built.has(pairKey(a!, b!))).toBe(true);
        }
      if (n <= COMPARE_PARTNERS + 1) expect(pages).toHaveLength((n * (n - 1)) / 2);
      else expect(pages.length).toBeLessThan((n * (n - 1)) / 2);
    }
  });
});
