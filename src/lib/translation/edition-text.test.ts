import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { langPieces, placeIn, quotedLangPieces } from './edition-text.ts';
import { measureDesignation, measureDesignationIn } from '#lib/plan/labels.ts';

const { library } = loadContent();

describe('edition text', () => {
  it('names a measure as Chinese documents do on Chinese pages and by the number in its URL on English ones', () => {
    for (const plan of library.plans)
      for (const m of plan.measures) {
        expect(measureDesignationIn(plan, m, 'zh-CN')).toBe(measureDesignation(plan, m));
        expect(measureDesignationIn(plan, m, 'en')).not.toMatch(/\p{Script=Han}/u);
      }
    const outline = library.plans.find((p) => p.meta.measureNumbering === 'outline')!;
    const m = outline.measures.find((x) => x.number === '3.1.2') ?? outline.measures[0]!;
    expect(measureDesignationIn(outline, m, 'en')).toBe(`Measure ${m.number}`);
  });

  it('writes outline places with the translation’s labels', () => {
    expect(placeIn('二（六）15', 'en')).toBe('II (6) 15');
    expect(placeIn('一（二）', 'en')).toBe('I (2)');
    expect(placeIn('十二（十一）3', 'en')).toBe('XII (11) 3');
    expect(placeIn('二（六）15', 'zh-CN')).toBe('二（六）15');
  });

  it('cuts the Chinese runs out of an English text so they can be marked', () => {
    expect(langPieces('the unit 只 (bonds) is an editorial conversion')).toEqual([
      { text: 'the unit ', zh: false },
      { text: '只', zh: true },
      { text: ' (bonds) is an editorial conversion', zh: false },
    ]);
    expect(langPieces('no Chinese')).toEqual([{ text: 'no Chinese', zh: false }]);
  });

  it('marks each quoted Chinese value of an English text whole, its quotation marks and other quotes English', () => {
    expect(quotedLangPieces('such as “三（一）2” (III (1) 2), joined by “、”, or “第9条”')).toEqual([
      { text: 'such as “', zh: false },
      { text: '三（一）2', zh: true },
      { text: '” (III (1) 2), joined by “、”, or “', zh: false },
      { text: '第9条', zh: true },
      { text: '”', zh: false },
    ]);
    // Chinese outside quotation marks is left unmarked, for the views' tests to find.
    expect(quotedLangPieces('the 区 district')).toEqual([{ text: 'the 区 district', zh: false }]);
  });
});
