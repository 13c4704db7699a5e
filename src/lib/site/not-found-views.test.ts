/** The not-found and about views in both editions. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { notFoundPage } from './not-found-views.ts';
import { aboutPage } from './about-views.ts';
import { hrefsOf, unmarkedHan } from '#tests/fixtures/english-view.ts';
import { planEnglish } from '#lib/translation/translation.ts';

const { library, topics, translations } = loadContent();

describe('/en/404/', () => {
  const en = notFoundPage({ library, translations }, 'en');
  it('lists the plans by their English titles and dates, searches and links in English', () => {
    expect(en.plans.map((p) => p.title)).toEqual(library.plans.map((p) => planEnglish(translations, p.slug).title));
    expect(en.search.action).toBe('/en/search/');
    expect(hrefsOf(en).filter((href) => !href.startsWith('/en/'))).toEqual([]);
    expect(unmarkedHan(en)).toEqual([]);
  });
});

describe('/en/about/ data', () => {
  it('names the plans in English and marks the printed Chinese (issuers, document numbers, cited titles)', () => {
    const alignment = { parameters: { ngramSizes: [2, 3] } } as unknown as Parameters<typeof aboutPage>[0]['alignment'];
    const en = aboutPage({ library, topics, alignment, translations }, 'en');
    expect(en.sources.rows.map((r) => r.title)).toEqual(
      library.plans.map((p) => planEnglish(translations, p.slug).title),
    );
    expect(hrefsOf(en).filter((href) => href.endsWith('/') && !href.startsWith('/en/'))).toEqual([]);
    expect(unmarkedHan(en, ['issuers', 'documentNumber'])).toEqual([]);
    expect(en.sources.rows.every((r) => r.issuersLang === 'zh-CN')).toBe(true);
  });
});
