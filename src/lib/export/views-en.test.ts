/** The data page in both editions. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { dataPage } from './views.ts';
import { DOWNLOADS } from './datapackage.ts';
import { hrefsOf, unmarkedHan } from '#tests/fixtures/english-view.ts';

const { library, periods, translations } = loadContent();
const en = dataPage({ library, periods, translations }, 'en');

describe('/en/data/', () => {
  it('describes every download in English and marks the Chinese field descriptions', () => {
    expect(
      en.tables.downloads.map((d) => d.text.startsWith(DOWNLOADS.find((x) => x.file === d.file)!.titleEn)),
    ).toEqual(DOWNLOADS.map(() => true));
    expect(en.tables.downloads.every((d) => d.fields.lang === 'zh-CN')).toBe(true);
    expect(unmarkedHan(en, ['fields'])).toEqual([]);
  });

  it('links plan pages in English; downloads stay one file for both editions', () => {
    const pages = hrefsOf(en).filter((href) => href.endsWith('/'));
    expect(pages.length).toBe(library.plans.length);
    expect(pages.filter((href) => !href.startsWith('/en/'))).toEqual([]);
    expect(hrefsOf(en).filter((href) => href.startsWith('/data/')).length).toBeGreaterThan(0);
  });
});
