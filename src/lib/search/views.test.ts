import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '#lib/build/load.ts';
import { planEnglish } from '#lib/translation/translation.ts';
import { FILTER_NAMES } from './engine.ts';
import { searchPage, type SearchPageConfig } from './views.ts';

const { library, topics, translations } = loadContent();
const HAN = /\p{Script=Han}/u;

describe('the search page', () => {
  const page = searchPage({ library, topics, translations });

  it('offers every filter, a plan option per plan, and the topics as JSON a script element can hold', () => {
    expect(page.filters.map((f) => f.name)).toEqual([...FILTER_NAMES]);
    expect(page.filters.find((f) => f.name === 'plan')!.options.map((o) => o.value)).toEqual(
      library.plans.map((p) => p.slug),
    );
    expect(page.topicsJson).not.toContain('<');
    expect(JSON.parse(page.topicsJson)).toHaveLength(topics.topics.length);
    expect(page.action).toBe('/search/');
  });

  it('in English: English plan, level and category names, English topic names opening English pages, and the Chinese index for Han queries', () => {
    const en = searchPage({ library, topics, translations }, 'en');
    expect(en.action).toBe('/en/search/');
    const plans = en.filters.find((f) => f.name === 'plan')!.options;
    expect(plans.map((o) => o.text)).toEqual(library.plans.map((p) => planEnglish(translations, p.slug).shortName));
    for (const name of ['plan', 'region', 'level', 'category'])
      for (const { text } of en.filters.find((f) => f.name === name)!.options)
        expect(text, `${name}: ${text}`).not.toMatch(HAN);
    // Regions as the English pages name the plans' places: 重庆 → Chongqing, 四川 → Sichuan.
    const regions = en.filters.find((f) => f.name === 'region')!.options;
    expect(Object.fromEntries(regions.map((o) => [o.value, o.text]))).toMatchObject({
      重庆: 'Chongqing',
      四川: 'Sichuan',
    });
    // A label left in Chinese is marked as Chinese.
    for (const { text, lang } of en.filters.flatMap((f) => f.options))
      if (HAN.test(text)) expect(lang, text).toBe('zh-CN');
    for (const word of Object.values(en.words)) expect(word).not.toMatch(HAN);
    const related = JSON.parse(en.topicsJson) as { name: string; url: string }[];
    expect(related.map((t) => t.name)).toEqual(topics.topics.map((t) => t.nameEn));
    expect(related.every((t) => t.url.startsWith('/en/topics/'))).toBe(true);
    const config = JSON.parse(en.configJson) as SearchPageConfig;
    expect(config.bundle.pagefind).not.toBe(config.chinese!.pagefind);
    expect(JSON.parse(page.configJson).bundle).toEqual(config.chinese);
  });
});

describe('the words handed to the search script', () => {
  const script = readFileSync(join(import.meta.dirname, '..', '..', 'client', 'search-page.ts'), 'utf8');
  const used = [...new Set([...script.matchAll(/say\('(search\.[\w.-]+)'/g)].map((m) => m[1]!))];

  it('hold every message the script formats, in both editions, and not the words printed at build time', () => {
    expect(used.length).toBeGreaterThan(10);
    for (const locale of ['zh-CN', 'en'] as const) {
      const words = JSON.parse(searchPage({ library, topics, translations }, locale).clientWordsJson) as object;
      for (const id of used.filter((id) => locale === 'en' || id !== 'search.status.chinese'))
        expect(Object.keys(words), `${locale}: ${id}`).toContain(id);
      expect(Object.keys(words)).not.toContain('search.help.html');
    }
  });
});
