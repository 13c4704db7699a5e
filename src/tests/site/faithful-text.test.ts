/**
 * Every sentence of every received source appears on its plan's reading page, in order, and the
 * page's plan text holds nothing else. Both are compared after NFKC with white space removed; the
 * only things taken out of the sources are the repairs the README allows: the web page's
 * "预览已结束" notice and the Markdown markers (** and leading #) that extraction left behind.
 * The normalisation is comparableSource (src/lib/plan/source-text.ts), the one check-content uses
 * on the plan files, so the build and this test compare the same way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, loadContent } from '#lib/build/load.ts';
import { measurePath, planPath } from '#lib/site/paths.ts';
import { comparableSource } from '#lib/plan/source-text.ts';
import { comparable, planWords, readPage, requireBuild } from '#tests/built-site.ts';

function sourceText(file: string): string {
  return comparableSource(readFileSync(join(CONTENT_DIR, 'sources', file), 'utf8'));
}

/** Sentences end at 。！？; a final fragment without one (an excerpt's last words, a heading) counts too. */
function sentences(text: string): string[] {
  return text.match(/[^。！？]+[。！？]?/gu) ?? [];
}

const library = loadContent().library;

beforeAll(requireBuild);

describe.each(library.plans.map((plan) => [plan.slug, plan] as const))('%s', (slug, plan) => {
  const source = sourceText(plan.meta.source);

  it('shows every sentence of its source on the reading page, in the order received', () => {
    const page = comparable(planWords(readPage(planPath(slug)).querySelector('[data-plan-text]')!));
    let from = 0;
    const missing: string[] = [];
    for (const sentence of sentences(source)) {
      const at = page.indexOf(sentence, from);
      if (at < 0) missing.push(sentence);
      else from = at + sentence.length;
    }
    expect(missing).toEqual([]);
  });

  it('adds nothing to the source: the plan text on the page is the source text', () => {
    const page = comparable(planWords(readPage(planPath(slug)).querySelector('[data-plan-text]')!));
    expect(page.length).toBeGreaterThan(1000);
    expect(page).toBe(source);
  });

  it('shows each measure on its own page with words that stand in the source', () => {
    for (const measure of plan.measures) {
      const article = readPage(measurePath(measure)).querySelector('.measure-page__text');
      expect(article, measure.id).not.toBeNull();
      const words = comparable(planWords(article!));
      expect(words.length, measure.id).toBeGreaterThan(measure.title.length);
      expect(source.includes(words), `${measure.id} page text is not a passage of the source`).toBe(true);
    }
  });
});
