/**
 * The built English index (/pagefind/en/), queried from Node the way /en/search/ queries it: for
 * each query — AND, OR, phrases, exclusions, inflected words — the results are exactly the
 * measures and sections whose English (content/translations/en) contains it, word by word
 * regardless of case and inflection. The expected sets are computed here from the translation
 * (search-expectations.ts expectedForEn), never written down.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runSearch, type PagefindLike, type SearchOutcome, type SearchState } from '#lib/search/engine.ts';
import { englishMatcher } from '#lib/search/english.ts';
import { pagefindFromDist, recordLoaderFromDist } from '#tests/pagefind-node.ts';
import { pageExists, requireBuild } from '#tests/built-site.ts';
import { expectedForEn, expectedResults, searchableEn, type Clause } from '#tests/search-expectations.ts';

let english: PagefindLike;
let chinese: PagefindLike;
beforeAll(async () => {
  requireBuild();
  chinese = await pagefindFromDist('zh-CN');
  english = await pagefindFromDist('en');
});

const state = (query: string, more: Partial<SearchState> = {}): SearchState => ({
  query,
  filters: {},
  measuresOnly: false,
  ...more,
});

const flat = (outcome: SearchOutcome) =>
  outcome.hits
    .flatMap((h) => [h, ...h.tasks])
    .map((h) => h.url)
    .sort();

async function found(s: SearchState): Promise<string[]> {
  return flat(await runSearch(english, s, recordLoaderFromDist('en'), englishMatcher));
}

const one = (...anyOf: string[]): Clause => ({ anyOf });
const not = (...anyOf: string[]): Clause => ({ anyOf, exclude: true });

describe('English search finds every measure whose English contains the query, and only those', () => {
  const cases: [string, Clause[]][] = [
    ['bonds', [one('bonds')]],
    ['carbon accounts', [one('carbon'), one('accounts')]],
    ['insurance | guarantee', [one('insurance', 'guarantee')]],
    ['"green insurance"', [one('green insurance')]],
    ['"carbon emission reduction"', [one('carbon emission reduction')]],
    ['insurance -catastrophe', [one('insurance'), not('catastrophe')]],
    ['green -"green bonds" -credit', [one('green'), not('green bonds'), not('credit')]],
    ['"stress testing" | ESG', [one('stress testing', 'ESG')]],
    ['loan -"green loans" | bonds', [one('loan'), not('green loans', 'bonds')]],
  ];
  it.each(cases)('%s', async (query, clauses) => {
    const want = expectedForEn(clauses);
    expect(want.length).toBeGreaterThan(0);
    // Each operator matters: the query without its last clause finds a different set.
    if (clauses.length > 1) expect(expectedForEn(clauses.slice(0, -1))).not.toEqual(want);
    expect(want.every((url) => url.startsWith('/en/'))).toBe(true);
    expect(await found(state(query))).toEqual(want);
  });

  it('matches words regardless of case and inflection: bond/bonds/Bonds, test/testing, "stress test"/"stress testing"', async () => {
    const bonds = expectedForEn([one('bonds')]);
    expect(bonds).toEqual(expectedForEn([one('bond')]));
    // Both forms stand in the translation, so the sets are not equal by accident.
    expect(searchableEn.some((r) => /\bbond\b/.test(r.text))).toBe(true);
    expect(searchableEn.some((r) => /\bbonds\b/.test(r.text))).toBe(true);
    for (const query of ['bond', 'bonds', 'Bonds', 'BOND']) expect(await found(state(query)), query).toEqual(bonds);

    const testing = expectedForEn([one('stress testing')]);
    expect(testing.length).toBeGreaterThan(0);
    expect(searchableEn.some((r) => /\bstress test\b/i.test(r.text))).toBe(false);
    expect(await found(state('"stress test"'))).toEqual(testing);
    expect(await found(state('"stress testing"'))).toEqual(testing);
    expect(await found(state('stress test'))).toEqual(expectedForEn([one('stress'), one('test')]));
    expect(await found(state('test'))).toEqual(expectedForEn([one('testing')]));
  });

  it('matches whole words: "bon" finds no "bonds"', async () => {
    const bon = await found(state('bon'));
    expect(bon).toEqual(expectedForEn([one('bon')]));
    const bonds = expectedForEn([one('bonds')]);
    expect(bon.filter((url) => bonds.includes(url))).toEqual([]);
  });

  it('filters by plan, and leaves out plan text with measures only', async () => {
    const plan = searchableEn.find((r) => r.kind === 'measure')!.plan;
    expect(await found(state('green finance', { filters: { plan } }))).toEqual(
      expectedForEn([one('green'), one('finance')], (r) => r.plan === plan),
    );
    const all = expectedForEn([one('forest')]);
    const measures = expectedForEn(
      [one('forest')],
      (r) => r.kind === 'measure' || (!!r.parent && all.includes(r.parent)),
    );
    expect(measures.length).toBeLessThan(all.length);
    expect(await found(state('forest', { measuresOnly: true }))).toEqual(measures);
  });

  it('highlights exactly the matched words in the excerpts', async () => {
    const outcome = await runSearch(
      english,
      state('bonds | "stress test"'),
      recordLoaderFromDist('en'),
      englishMatcher,
    );
    const marked = outcome.hits.flatMap((h) => h.excerpt.filter((p) => p.match).map((p) => p.text.toLowerCase()));
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(['bond', 'bonds', 'stress testing']).toContain(text);
  });

  it('a query in Han characters searches the Chinese index, whose results have English pages', async () => {
    const term = '碳账户';
    const outcome = await runSearch(chinese, state(term), recordLoaderFromDist('zh-CN'));
    expect(flat(outcome)).toEqual(expectedResults([term]));
    for (const url of flat(outcome)) expect(pageExists(`/en${url}`), url).toBe(true);
  });
});
