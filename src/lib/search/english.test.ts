import { describe, expect, it } from 'vitest';
import { englishCandidateTerm, englishMatcher, englishRanges, topicMatchesEnglishTerm } from './english.ts';
import { excerpt } from './precision.ts';
import { parseQuery } from './query.ts';

const matches = (text: string, query: string) =>
  englishMatcher.matches(englishMatcher.prepare(text), parseQuery(query));

describe('English matching by word stems', () => {
  const text = 'Support green Bonds, the PBOC’s stress testing of banks, and catastrophe insurance.';

  it('matches a word whatever its case and inflection, and only whole words', () => {
    for (const query of ['bond', 'bonds', 'BONDS', 'bank', 'test', 'tests', 'PBOC', 'pboc’s'])
      expect(matches(text, query), query).toBe(true);
    for (const query of ['bon', 'bondss', 'ban', 'supp']) expect(matches(text, query), query).toBe(false);
  });

  it('matches a phrase as consecutive words, whatever their inflection', () => {
    expect(matches(text, '"stress test"')).toBe(true);
    expect(matches(text, '"green bond"')).toBe(true);
    expect(matches(text, '"green insurance"')).toBe(false);
    expect(matches(text, 'green insurance')).toBe(true);
  });

  it('applies OR, AND and exclusion as the Chinese search does', () => {
    expect(matches(text, 'loans | bonds')).toBe(true);
    expect(matches(text, 'loans | credit')).toBe(false);
    expect(matches(text, 'bonds -catastrophe')).toBe(false);
    expect(matches(text, 'bonds -"catastrophe bonds"')).toBe(true);
    expect(matches(text, '-bonds')).toBe(false);
  });

  it('marks exactly the words matched, and cuts excerpts between words', () => {
    expect(englishRanges(text, ['bond', 'stress test']).map(([a, b]) => text.slice(a, b))).toEqual([
      'Bonds',
      'stress testing',
    ]);
    const long = `${'word '.repeat(80)}green bonds ${'word '.repeat(80)}`;
    const pieces = excerpt(long, ['bonds'], 100, englishRanges, true);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['bonds']);
    expect(pieces.map((p) => p.text).join('')).toMatch(/^… ?word .* word ?…$/);
  });

  it('asks Pagefind for every word of a term', () => {
    expect(englishCandidateTerm('Green-Bonds  issuance')).toBe('green bonds issuance');
  });

  it('points a term at a topic whose English name holds its words, or whose name it holds', () => {
    const topic = { name: 'Green bonds', aliases: [] };
    expect(topicMatchesEnglishTerm(topic, 'bond')).toBe(true);
    expect(topicMatchesEnglishTerm(topic, 'green bond issuance')).toBe(true);
    expect(topicMatchesEnglishTerm(topic, 'loans')).toBe(false);
  });
});
