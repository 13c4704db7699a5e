/**
 * The plan and measure pages' view models in both editions, on the real content: the English
 * pages name plans, units and places in English, link to English pages, show every block's English
 * with its status as content/translations/en says, cite in APA with the English title in brackets,
 * and show the summary in the page's language; the Chinese pages keep the Chinese.
 */
import { describe, expect, it } from 'vitest';
import { editionOf, measurePath, planPath } from '#lib/site/paths.ts';
import { measureRoutes, planRoutes } from '#lib/site/routes.ts';
import { blockKey, measureEnglish } from '#lib/translation/translation.ts';
import { message } from '#lib/i18n/catalogue.ts';
import { measurePage, planPage } from './views.ts';
import { pageViewContexts } from '#tests/fixtures/page-view-contexts.ts';

const { content, planCtx, measureCtx } = pageViewContexts();
const { library, translations, summaries } = content;

const HAN = /\p{Script=Han}/u;
/** The interface words are English once the English catalogue has landed (en.ts copied zh.ts until then). */
const englishCatalogue = !HAN.test(message('plan.breadcrumb', {}, 'en'));

/**
 * Han text in a view that is not marked as Chinese: strings outside pieces marked lang zh-CN,
 * leaving out what the page deliberately prints in Chinese (the plan itself, its Chinese title or
 * heading, the GB/T citation, the Chinese side of the marked measure text, page metadata).
 */
function unmarkedHan(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return HAN.test(value) ? [`${path}: ${value.slice(0, 30)}`] : [];
  if (!value || typeof value !== 'object' || typeof value === 'function') return [];
  if ((value as { lang?: string }).lang === 'zh-CN') return [];
  if (value instanceof Map) return [...value.entries()].flatMap(([k, v]) => unmarkedHan(v, `${path}.${String(k)}`));
  return Object.entries(value).flatMap(([key, v]) =>
    ['plan', 'titleZh', 'headingZh', 'gbt', 'text', 'citationTags'].includes(key)
      ? []
      : unmarkedHan(v, `${path}.${key}`),
  );
}

/** Every page link (href) in a view. */
function hrefs(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  if (value instanceof Map) return [...value.values()].flatMap(hrefs);
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'href' && typeof v === 'string' ? [v] : key === 'plan' ? [] : hrefs(v),
  );
}

const text = (pieces: readonly (string | { text: string })[]) =>
  pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('');

describe('the English plan page', () => {
  for (const { props } of planRoutes(library)) {
    const { plan } = props;
    const translation = translations.bySlug.get(plan.slug)!;
    const page = planPage(planCtx, props, undefined, 'en');
    const chinesePage = planPage(planCtx, props, undefined, 'zh-CN');

    it(`${plan.slug}: names the plan in English and keeps the Chinese title beside it`, () => {
      expect(page.title).toBe(translation.title);
      expect(page.titleZh).toBe(plan.meta.title);
      expect(page.breadcrumbs.at(-1)!.label).toBe(translation.shortName);
      expect(chinesePage.title).toBe(plan.meta.title);
      expect(chinesePage.titleZh).toBeNull();
      expect(chinesePage.english).toBeUndefined();
    });

    it(`${plan.slug}: has the English of every block, with its status, and counts the reviewed ones`, () => {
      const blocks = page.english!.blocks;
      expect([...blocks.keys()]).toEqual(plan.blocks.map(blockKey));
      const statuses = [...translation.blocks.values()].map((b) => b.status);
      for (const [id, block] of blocks) expect(block.status).toBe(translation.blocks.get(id)!.status);
      const reviewed = statuses.filter((s) => s === 'reviewed').length;
      expect(page.translation!.text).toContain(String(reviewed));
      expect(page.translation!.text).toContain(String(plan.blocks.length));
      // The English of a block, once its glossary links are joined, is the translation's word for word.
      for (const [index, block] of plan.blocks.entries()) {
        const entry = translation.blocks.get(blockKey(block, index))!;
        const english = blocks.get(blockKey(block, index))!;
        if (entry.en !== undefined)
          expect(english.paragraphs.map((p) => p.map((piece) => piece.text).join('')).join('\n')).toBe(entry.en);
        if (entry.lines) expect(english.lines.map((l) => l.map((piece) => piece.text).join(''))).toEqual(entry.lines);
        if (entry.rows)
          expect(english.rows.map((r) => r.map((c) => c.map((piece) => piece.text).join('')))).toEqual(entry.rows);
      }
    });

    it(`${plan.slug}: links only to English pages (downloads and in-page anchors aside)`, () => {
      const pages = hrefs(page).filter((href) => href.startsWith('/') && href.split('#')[0]!.endsWith('/'));
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.filter((href) => editionOf(href) !== 'en')).toEqual([]);
      for (const m of plan.measures) expect(page.ownPage(m).href).toBe(measurePath(m, 'en'));
    });

    it(`${plan.slug}: shows the summary in the page's language, each sentence linked to what it rests on`, () => {
      const sentences = summaries.bySlug.get(plan.slug)!;
      expect(page.summary!.sentences.map((s) => s.text)).toEqual(sentences.map((s) => s.en));
      expect(chinesePage.summary!.sentences.map((s) => s.text)).toEqual(sentences.map((s) => s.zh));
      page.summary!.sentences.forEach((s, i) => {
        expect(s.refs).toHaveLength(sentences[i]!.refs.length);
        sentences[i]!.refs.forEach((ref, k) => {
          if (ref.measure) expect(s.refs[k]!.href).toBe(measurePath(library.measure(ref.measure), 'en'));
          else expect(s.refs[k]!.href).toContain(`#${ref.anchor}`);
        });
      });
    });

    it(`${plan.slug}: cites in APA with the original title and the English one in square brackets`, () => {
      const apa = text(page.cite.view.apa.head);
      expect(apa).toContain(`${plan.meta.title} [${translation.title}]`);
      expect(text(chinesePage.cite.view.apa.head)).not.toContain(translation.title);
      // Every run of Chinese in the English citation is marked as Chinese.
      for (const piece of page.cite.view.apa.head)
        if (typeof piece === 'string') expect(HAN.test(piece), piece).toBe(false);
    });

    it(`${plan.slug}: gives facts in English: region in pinyin, dates in English`, () => {
      expect(HAN.test(page.facts.region.value)).toBe(false);
      expect(page.facts.dateIssued.value).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(chinesePage.facts.dateIssued.value).toMatch(/年/);
    });

    it.skipIf(!englishCatalogue)(`${plan.slug}: shows Chinese only where it is marked as Chinese`, () => {
      expect(unmarkedHan({ ...page, english: undefined, annexWords: undefined })).toEqual([]);
    });
  }
});

describe('the English measure page', () => {
  const routes = measureRoutes(library);

  it('names the measure in English, shows its English with its status, and links to English pages', () => {
    for (const { props } of routes) {
      const { measure } = props;
      const page = measurePage(measureCtx, props, undefined, 'en');
      const english = measureEnglish(translations, measure);
      expect(page.heading).toContain(english.title);
      expect(page.headingZh).toContain(measure.title);
      expect(page.english!.block.status).toBe(english.status);
      expect(
        page
          .english!.block.paragraphs.flat()
          .map((p) => p.text)
          .join(''),
      ).toContain(english.text.split('\n')[0]);
      expect(page.breadcrumbs[1]!.href).toBe(planPath(measure.plan, 'en'));
      const pages = hrefs(page).filter((href) => href.startsWith('/') && href.split('#')[0]!.endsWith('/'));
      expect(
        pages.filter((href) => editionOf(href) !== 'en'),
        measure.id,
      ).toEqual([]);
      // Units by their English names where the registry resolves them.
      for (const list of page.units.lists ?? [])
        for (const unit of list.units)
          if (unit.href) expect(typeof unit.name === 'string' && !HAN.test(unit.name)).toBe(true);
    }
  }, 30_000);

  it('keeps the Chinese page as it was: Chinese heading and units, no English', () => {
    for (const { props } of routes.slice(0, 10)) {
      const page = measurePage(measureCtx, props, undefined, 'zh-CN');
      expect(page.heading).toContain(props.measure.title);
      expect(page.english).toBeNull();
      expect(page.units.lists?.flatMap((l) => l.units.map((u) => u.name)) ?? null).toEqual(
        props.measure.units?.lists.flatMap((l) => l.units) ?? null,
      );
    }
  });
});
