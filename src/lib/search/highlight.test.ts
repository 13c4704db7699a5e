import { describe, expect, it } from 'vitest';
import { highlightLink, highlightSegments, highlightTermsFromUrl } from './highlight.ts';
import { englishRanges } from './english.ts';

describe('highlight links', () => {
  it('add the terms before the anchor and read them back', () => {
    const link = highlightLink('/plans/rongchang/#task-3', ['碳账户', 'esg']);
    expect(link).toBe(`/plans/rongchang/?highlight=${encodeURIComponent('碳账户')}&highlight=esg#task-3`);
    expect(highlightTermsFromUrl(new URL(link, 'http://x').search)).toEqual(['碳账户', 'esg']);
    expect(highlightLink('/plans/a/5/', [])).toBe('/plans/a/5/');
  });
});

describe('highlightSegments', () => {
  it('marks a term inside one node and a term crossing two nodes', () => {
    const nodes = ['探索碳账户体系，', '牵头', '单位：区财政局'];
    expect(highlightSegments(nodes, ['碳账户'])).toEqual([[0, 2, 5]]);
    expect(highlightSegments(nodes, ['牵头单位'])).toEqual([
      [1, 0, 2],
      [2, 0, 2],
    ]);
  });

  it('folds width and white space as search does', () => {
    expect(highlightSegments(['到 2025 年，ＥＳＧ'], ['2025年', 'esg'])).toEqual([
      [0, 2, 8],
      [0, 9, 12],
    ]);
  });
});

describe('highlight on arrival on an English page', () => {
  it('marks whole words by stem, across text nodes, and no word that merely starts like the term', () => {
    const nodes = ['Issue green ', 'Bonds and bond', ' funds; bonus and stress ', 'testing.'];
    const segments = highlightSegments(nodes, ['bond', 'stress test'], englishRanges);
    const marked = segments.map(([node, start, end]) => nodes[node]!.slice(start, end));
    expect(marked).toEqual(['Bonds', 'bond', 'stress ', 'testing']);
    expect(highlightSegments(nodes, ['bon'], englishRanges)).toEqual([]);
  });
});
