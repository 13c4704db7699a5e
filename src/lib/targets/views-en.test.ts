/** The targets view in both editions. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { englishAmount, targetsPage } from './views.ts';
import { hrefsOf, unmarkedHan } from '#tests/fixtures/english-view.ts';
import { planEnglish } from '#lib/translation/translation.ts';

const { library, targets, translations } = loadContent();
const ctx = { library, targets, translations };
const en = targetsPage(ctx, 'en');
const zh = targetsPage(ctx);

describe('/en/targets/', () => {
  it('names metrics and plans in English and gives each figure in English', () => {
    expect(en.rows.map((r) => r.name)).toEqual(targets.metrics.map((m) => m.nameEn));
    expect(en.columns.map((c) => c.label)).toEqual(
      library.plans.map((p) => planEnglish(translations, p.slug).shortName),
    );
    const figures = en.rows.flatMap((r) => r.cells.flat());
    expect(figures.map((f) => f.value)).toEqual(figures.map((f) => f.target.valueTextEn));
    expect(en.notes.map((n) => n.note.map((p) => p.text).join(''))).toEqual(
      targets.targets.filter((t) => t.noteEn !== null).map((t) => t.noteEn),
    );
  });

  it('links to English pages and shows Chinese only in the marked quotes and printed figures', () => {
    expect(hrefsOf(en).filter((href) => !href.startsWith('/en/') && !href.startsWith('#'))).toEqual([]);
    expect(unmarkedHan(en, ['target', 'metric', 'quote', 'geometry'])).toEqual([]);
    for (const chart of en.charts) expect(unmarkedHan(chart.geometry)).toEqual([]);
    expect(en.sources.every((s) => s.printedLang === 'zh-CN')).toBe(true);
  });

  it('follows each quote with the English of the passage it stands in', () => {
    for (const source of en.sources) {
      expect(source.english, `${source.target.plan} ${source.target.location}`).toMatch(/[a-z]{3}/);
    }
    expect(zh.sources.every((s) => s.english === null)).toBe(true);
  });

  it('writes amounts in English units', () => {
    expect(englishAmount(100, '100 million yuan')).toEqual({ value: '10', unit: ' billion yuan' });
    expect(englishAmount(5, '100 million yuan')).toEqual({ value: '500', unit: ' million yuan' });
    expect(englishAmount(-14, '%')).toEqual({ value: '-14', unit: '%' });
    expect(englishAmount(2, 'times')).toEqual({ value: '2', unit: ' times' });
  });

  it('leaves the Chinese page as it was', () => {
    expect(zh.rows.map((r) => r.name)).toEqual(targets.metrics.map((m) => m.name));
    expect(hrefsOf(zh).filter((href) => href.startsWith('/en/'))).toEqual([]);
  });
});
