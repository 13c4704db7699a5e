import { describe, expect, it } from 'vitest';
import { rendersTerm, termsIn, type Glossary } from './glossary.ts';

const glossary: Glossary = {
  terms: [
    { zh: '绿色债券', en: 'green bonds' },
    { zh: '碳排放权', en: 'carbon emission rights' },
    { zh: '碳排放权交易', en: 'carbon emissions trading' },
    { zh: '压力测试', en: 'stress testing', variants: ['stress test'] },
  ],
};

describe('glossary terms in a translation', () => {
  it('matches the English by word stems, in any case', () => {
    const bonds = glossary.terms[0]!;
    expect(rendersTerm(bonds, 'issue a Green Bond')).toBe(true);
    expect(rendersTerm(bonds, 'issue green loans and bonds')).toBe(false);
    expect(rendersTerm(glossary.terms[3]!, 'carry out stress tests')).toBe(true);
  });

  it('takes the longer term first, so a term inside it is not required as well', () => {
    expect(termsIn('推动碳排放权交易', glossary).map((t) => t.zh)).toEqual(['碳排放权交易']);
    expect(termsIn('碳排放权交易和碳排放权抵押', glossary).map((t) => t.zh)).toEqual(['碳排放权交易', '碳排放权']);
  });
});
