/**
 * The English plan and measure pages hold the English of every block of their plan or measure, as
 * content/translations/en gives it (read from the YAML, not written here), beside the Chinese,
 * and the Chinese on them is the Chinese page's text, unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadContent } from '#lib/build/load.ts';
import { measurePath, planPath } from '#lib/site/paths.ts';
import { blockKey, type BlockTranslation } from '#lib/translation/translation.ts';
import { comparable, planWords, readPage, requireBuild } from '#tests/built-site.ts';

const { library, translations } = loadContent();

beforeAll(requireBuild);

/** Text as compared here: entities decoded by the parser, white space collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The English texts of a block's translation: its text, its lines or its table cells. */
function englishTexts(entry: BlockTranslation): string[] {
  if (entry.en !== undefined) return entry.en.split('\n').map(flat);
  if (entry.lines) return entry.lines.map(flat);
  return [...(entry.header ?? []), ...(entry.rows ?? []).flat()].map(flat).filter(Boolean);
}

/** The English cells of a page, as text without their badges. */
function englishCells(root: HTMLElement): string[] {
  return root.querySelectorAll('[data-lang-cell="en"]').map((cell) => {
    const copy = parse(cell.outerHTML);
    for (const skipped of copy.querySelectorAll('[data-copy-skip]')) skipped.remove();
    return flat(
      copy
        .querySelectorAll('p, td, th')
        .map((e) => e.text)
        .join(' \u0000 '),
    );
  });
}

describe.each(library.plans.map((plan) => [plan.slug, plan] as const))('%s in English', (slug, plan) => {
  const translation = translations.bySlug.get(slug)!;

  it('shows the English of every block beside the Chinese, in the order of the plan', () => {
    const page = readPage(planPath(slug, 'en'));
    const cells = englishCells(page);
    expect(cells).toHaveLength(plan.blocks.length);
    plan.blocks.forEach((block, index) => {
      const key = blockKey(block, index);
      const cell = cells[index]!;
      for (const text of englishTexts(translation.blocks.get(key)!)) expect(cell, `${slug} ${key}`).toContain(text);
      // Each English cell sits beside its Chinese block, which keeps the block's id.
      const row = page.querySelectorAll('[data-lang-cell="en"]')[index]!.parentNode;
      expect(row?.querySelector('[data-lang-cell="zh-CN"]')?.getAttribute('lang')).toBe('zh-CN');
    });
  });

  it('keeps the Chinese text as the Chinese page prints it', () => {
    const english = readPage(planPath(slug, 'en')).querySelector('[data-plan-text]')!;
    const chinese = readPage(planPath(slug)).querySelector('[data-plan-text]')!;
    expect(comparable(planWords(english))).toBe(comparable(planWords(chinese)));
    expect(comparable(planWords(english)).length).toBeGreaterThan(1000);
  });

  it('shows each measure’s English on its English page, and its Chinese unchanged', () => {
    for (const measure of plan.measures) {
      const page = readPage(measurePath(measure, 'en'));
      const cells = englishCells(page);
      expect(cells, measure.id).toHaveLength(1);
      for (const text of englishTexts(translation.blocks.get(measure.number)!))
        expect(cells[0], measure.id).toContain(text);
      const english = page.querySelector('.measure-page__text')!;
      const chinese = readPage(measurePath(measure)).querySelector('.measure-page__text')!;
      expect(english.getAttribute('lang')).toBe('zh-CN');
      expect(comparable(planWords(english)), measure.id).toBe(comparable(planWords(chinese)));
    }
  });
});
