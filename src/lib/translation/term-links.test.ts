import { describe, expect, it } from 'vitest';
import { glossaryEntryPath } from '#lib/site/paths.ts';
import { linkTerms } from './term-links.ts';
import type { Glossary } from './glossary.ts';

const glossary: Glossary = {
  terms: [
    { zh: '绿色债券', en: 'green bonds' },
    { zh: '绿色信贷', en: 'green credit', variants: ['green lending'] },
    { zh: '碳排放权', en: 'carbon emission rights' },
    { zh: '碳排放权交易', en: 'carbon emissions trading' },
  ],
};

const linked = (pieces: ReturnType<typeof linkTerms>) => pieces.filter((p) => p.href).map((p) => [p.text, p.href]);

describe('glossary links in the English of a block', () => {
  it('links the first rendering of a term whose Chinese stands in the Chinese block, and only the first', () => {
    const pieces = linkTerms(
      '支持发行绿色债券',
      'Support the issuance of a green bond and more green bonds.',
      glossary,
    );
    expect(linked(pieces)).toEqual([['green bond', glossaryEntryPath('green bonds', 'en')]]);
    expect(pieces.map((p) => p.text).join('')).toBe('Support the issuance of a green bond and more green bonds.');
  });

  it('does not link a term whose Chinese is not in the block', () => {
    expect(linked(linkTerms('加大信贷投放', 'green bonds and green credit', glossary))).toEqual([]);
  });

  it('finds variants, and lets a longer term keep its words', () => {
    expect(linked(linkTerms('绿色信贷', 'more Green Lending', glossary))).toEqual([
      ['Green Lending', glossaryEntryPath('green credit', 'en')],
    ]);
    expect(linked(linkTerms('碳排放权交易市场', 'the carbon emissions trading market', glossary))).toEqual([
      ['carbon emissions trading', glossaryEntryPath('carbon emissions trading', 'en')],
    ]);
  });

  it('links a term once per block when the block is made of several parts', () => {
    const seen = new Set<string>();
    expect(linked(linkTerms('绿色债券', 'green bonds', glossary, seen))).toHaveLength(1);
    expect(linked(linkTerms('绿色债券', 'green bonds', glossary, seen))).toHaveLength(0);
  });
});
