/** The topic views in both editions: English names, English links, Chinese only where marked. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { coverageIndex } from './gaps.ts';
import { topicPage, topicPaths, topicsPage } from './views.ts';
import { hrefsOf, unmarkedHan } from '#tests/fixtures/english-view.ts';
import { planEnglish } from '#lib/translation/translation.ts';

const { library, topics, translations } = loadContent();
const coverage = coverageIndex(library, topics);
const alignment = { parameters: { minRun: 12 } } as unknown as Parameters<typeof topicPage>[0]['alignment'];
const ctx = { library, topics, coverage, translations, alignment, sharedPassages: new Map() };
const routes = topicPaths(ctx);

describe('/en/topics/', () => {
  const en = topicsPage(ctx, 'en');
  const zh = topicsPage(ctx);

  it('names topics, categories and plans in English and links to English pages', () => {
    const rows = en.matrix.table.blocks.flatMap((b) => b.rows);
    expect(rows.map((r) => r.name)).toEqual(topics.topics.map((t) => t.nameEn));
    expect(en.coverage.columns).toEqual(library.plans.map((p) => planEnglish(translations, p.slug).shortName));
    expect(en.heatmap.geometry.rowLabels.map((l) => l.text)).toEqual(rows.map((r) => r.name));
    const links = hrefsOf(en).filter((href) => href.startsWith('/'));
    expect(links.length).toBeGreaterThan(topics.topics.length);
    expect(links.filter((href) => !href.startsWith('/en/'))).toEqual([]);
  });

  it('shows no Chinese at all', () => {
    expect(unmarkedHan(en, ['geometry'])).toEqual([]);
    expect(unmarkedHan(en.heatmap.geometry)).toEqual([]);
  });

  it('leaves the Chinese page Chinese, linking to Chinese pages', () => {
    expect(zh.matrix.table.blocks[0]!.rows[0]!.name).toBe(
      topics.topics.find((t) => t.category === topics.categories[0]!.id)!.name,
    );
    expect(hrefsOf(zh).filter((href) => href.startsWith('/en/'))).toEqual([]);
  });
});

describe('/en/topics/<id>/', () => {
  const route = routes.find((r) => r.props.row.cells.some((c) => c.measures.length > 0))!;
  const en = topicPage(ctx, route.props, 'en');
  const zh = topicPage(ctx, route.props);

  it('names the topic in English with its Chinese name marked, and the plans in English', () => {
    expect(en.name).toBe(route.props.row.topic.nameEn);
    expect(en.otherName).toEqual({ text: route.props.row.topic.name, lang: 'zh-CN' });
    expect(en.note.text).toContain(route.props.row.topic.descriptionEn);
    expect(en.columns.map((c) => c.name)).toEqual(
      library.plans.map((p) => planEnglish(translations, p.slug).shortName),
    );
    expect(hrefsOf(en).filter((href) => !href.startsWith('/en/'))).toEqual([]);
  });

  it('gives each measure’s Chinese text (rendered marked) followed by its English and status', () => {
    const measures = en.columns.flatMap((c) => c.measures);
    expect(measures.length).toBe(route.props.row.topic.measures.length);
    for (const m of measures) {
      expect(m.english!.paragraphs.join(' ')).toMatch(/[a-z]/);
      expect(m.english!.status).toMatch(/^(draft|reviewed)$/);
    }
    // The text field is rendered inside lang="zh-CN"; nothing else is Chinese.
    expect(unmarkedHan(en, ['text'])).toEqual([]);
    expect(zh.columns.flatMap((c) => c.measures).every((m) => m.english === null)).toBe(true);
  });
});

describe('shared-passage notes on an English topic page', () => {
  it('link the other measures’ English pages and name them in English', async () => {
    const { alignMeasures } = await import('#lib/alignment/alignment.ts');
    const { sharedPassageIndex } = await import('#lib/compare/passages.ts');
    const aligned = alignMeasures(library, topics);
    const sharedPassages = sharedPassageIndex(library, aligned.sharedText, aligned.parameters.minRun);
    const full = { ...ctx, alignment: aligned, sharedPassages };
    const notes = routes
      .flatMap((r) => topicPage(full, r.props, 'en').columns.flatMap((c) => c.measures))
      .flatMap((m) => m.notes?.notes.items ?? []);
    expect(notes.length).toBeGreaterThan(0);
    const links = notes.flatMap((n) => n.links);
    expect(links.filter((l) => !l.href.startsWith('/en/plans/'))).toEqual([]);
    expect(unmarkedHan(links)).toEqual([]);
  });
});
