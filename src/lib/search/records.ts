/**
 * What the search index holds besides the measure pages: the plan text outside measures (the
 * issuing notice, preamble, aims and principles, annex tasks, colophon), cut into sections that
 * each open at an anchor of the plan's reading page. Also the filters and meta every search
 * record carries, so measure pages and these sections are filtered alike.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Plan, PlanBlock, Measure } from '#lib/plan/model.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import { provinceShortName, LEVEL_NAMES } from '#lib/plan/labels.ts';
import { blockId, measurePath, planAnchorPath, taskAnchor } from '#lib/site/paths.ts';
import { measureDesignation } from '#lib/plan/labels.ts';
import { message, type Locale } from '#lib/i18n/catalogue.ts';
import { blockKey, measureEnglish, planNames, type TranslationTable } from '#lib/translation/translation.ts';

export interface PlanTextSection {
  anchor: string;
  /** A short name for the section: its heading, or the lead of its labelled paragraph. */
  title: string;
  text: string;
}

/** The text of a block and of an annex table's rows in one edition: the plan's own words, or their English. */
export interface BlockTexts {
  block(block: PlanBlock, index: number): string;
  row(block: Extract<PlanBlock, { kind: 'table' }>, index: number, row: number): string;
  /** A section's short name from its first block's text. */
  lead(text: string): string;
  /** The title of an annex task's section. */
  task(task: number): string;
}

function blockText(block: PlanBlock): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'documentNumber':
      return block.text;
    case 'signature':
    case 'colophon':
      return block.lines.join('\n');
    case 'table':
      return block.header.join(' ');
    case 'measure':
      return '';
  }
}

function lead(text: string): string {
  const stop = text.search(/[。：:]/);
  const first = stop > 0 ? text.slice(0, stop) : text;
  return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}

/** The plan's own words (the Chinese index). */
const CHINESE_TEXTS: BlockTexts = {
  block: blockText,
  row: (block, _index, row) => block.rows[row]!.join(' '),
  lead,
  task: (task) => message('search.record.task', { task }, 'zh-CN'),
};

/** The English of content/translations/en (the English index), block by block as the Chinese. */
export function englishTexts(translations: TranslationTable, plan: Plan): BlockTexts {
  const entry = (block: PlanBlock, index: number) =>
    translations.bySlug.get(plan.slug)?.blocks.get(blockKey(block, index));
  return {
    block(block, index) {
      const english = entry(block, index);
      if (!english) return '';
      switch (block.kind) {
        case 'signature':
        case 'colophon':
          return (english.lines ?? []).join('\n');
        case 'table':
          return (english.header ?? []).join(' ');
        case 'measure':
          return '';
        default:
          return english.en ?? '';
      }
    },
    row: (block, index, row) => (entry(block, index)?.rows?.[row] ?? []).join(' '),
    lead: englishLead,
    task: (task) => message('search.record.task', { task }, 'en'),
  };
}

/** An English section's short name: its first sentence or clause, cut at a word after about 60 characters. */
function englishLead(text: string): string {
  const stop = text.search(/[.:;](\s|$)/);
  const first = stop > 0 ? text.slice(0, stop) : text;
  if (first.length <= 60) return first;
  const cut = first.slice(0, 60);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

/**
 * The plan's text outside measures, section by section. A section starts at a heading, a
 * labelled paragraph, an annex task or the first block after a measure, and runs until the next.
 * `texts` gives each block's words: the plan's own by default, or their English.
 */
export function planTextSections(plan: Plan, texts: BlockTexts = CHINESE_TEXTS): PlanTextSection[] {
  const sections: PlanTextSection[] = [];
  let current: PlanTextSection | undefined;
  const close = () => {
    if (current && current.text !== '') sections.push(current);
    current = undefined;
  };
  plan.blocks.forEach((block, index) => {
    if (block.kind === 'measure') {
      close();
      return;
    }
    const opensSection = block.kind === 'heading' || block.anchor !== undefined || current === undefined;
    const text = texts.block(block, index);
    if (opensSection) {
      close();
      current = { anchor: block.anchor ?? blockId(index), title: texts.lead(text), text: '' };
    }
    current!.text = current!.text === '' ? text : `${current!.text}\n${text}`;
    if (block.kind === 'table') {
      close();
      block.rows.forEach((row, r) => {
        const task = Number(row[0]);
        sections.push({ anchor: taskAnchor(task), title: texts.task(task), text: texts.row(block, index, r) });
      });
    }
  });
  close();
  return sections;
}

/** The filters of a search record, by Pagefind filter name. Values are ids, shown with labels in the UI. */
export function searchFilters(plan: Plan, categories: string[] = []): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    plan: [plan.slug],
    region: [provinceShortName(plan.meta.region)],
    level: [plan.meta.level],
  };
  if (categories.length > 0) filters.category = categories;
  return filters;
}

export interface SearchRecordMeta {
  /** The result's heading: a measure's designation and lead sentence, or a section's lead. */
  title: string;
  /** The plan's short name, as results show it. */
  plan: string;
  /** Sorts results in reading order: plan by plan, then position in the plan. */
  order: string;
  kind: 'measure' | 'text';
  /** A measure's id (rongchang/17), or plan slug and anchor for a section (rongchang#s1-2); the CSV's id. */
  id: string;
  /** A measure's number as in its URL, or a section's anchor. */
  number: string;
  /** For an annex task: the URL of the measure it breaks down, under which results show it. */
  parent?: string;
}

/** Plan, block and row within the block, zero-padded so that text order is reading order. */
function order(library: Library, plan: Plan, [block, row]: readonly [number, number]): string {
  return [library.plans.indexOf(plan), block, row].map((n, i) => String(n).padStart([2, 4, 3][i]!, '0')).join('-');
}

export function measureSearchMeta(library: Library, plan: Plan, measure: Measure): SearchRecordMeta {
  return {
    title: `${measureDesignation(plan, measure)} ${measure.title}`,
    plan: plan.meta.shortName,
    order: order(library, plan, [plan.blocks.findIndex((b) => b.measure === measure), 0]),
    kind: 'measure',
    id: measure.id,
    number: measure.number,
  };
}

/** The categories of a measure's topics, each once, in taxonomy order. */
export function measureCategories(topics: TopicIndex, measureId: string): string[] {
  const own = topics.topicsOf.get(measureId) ?? [];
  return topics.categories
    .map((c) => c.id)
    .filter((category) => topics.topics.some((t) => t.category === category && own.includes(t.id)));
}

export interface PlanTextRecord {
  url: string;
  content: string;
  meta: SearchRecordMeta;
  filters: Record<string, string[]>;
}

/**
 * The English edition's words: the translation, and the English plan names (planNames). Without
 * it, records hold the plan's own words and open the Chinese pages.
 */
export interface EnglishEdition {
  translations: TranslationTable;
}

/** Search records for the plan text outside measures, for the Pagefind Node API. */
export function planTextRecords(library: Library, english?: EnglishEdition): PlanTextRecord[] {
  const locale: Locale = english ? 'en' : 'zh-CN';
  return library.plans.flatMap((plan) => {
    const texts = english ? englishTexts(english.translations, plan) : undefined;
    const planName = english ? planNames(english.translations, plan, 'en').shortName : plan.meta.shortName;
    return planTextSections(plan, texts).map((section) => {
      const task = /^task-(\d+)$/.exec(section.anchor);
      const parentId = task && plan.annexTasks.find((t) => t.number === Number(task[1]))?.measure;
      const parent = parentId ? library.measures.find((m) => m.id === parentId) : undefined;
      const meta: SearchRecordMeta = {
        title: section.title,
        plan: planName,
        order: order(library, plan, sectionPosition(plan, section.anchor)),
        kind: 'text',
        id: `${plan.slug}#${section.anchor}`,
        number: section.anchor,
      };
      if (parent) meta.parent = measurePath(parent, locale);
      return {
        url: planAnchorPath(plan.slug, section.anchor, locale),
        content: section.text,
        meta,
        filters: searchFilters(plan),
      };
    });
  });
}

/**
 * Search records for the measures: the printed paragraphs only (no heading, units line or
 * editorial note), so that results and excerpts hold the plan's words and nothing else. In
 * English: the measure's English text (measureEnglish), its English title, opening the English page.
 */
export function measureRecords(library: Library, topics: TopicIndex, english?: EnglishEdition): PlanTextRecord[] {
  return library.plans.flatMap((plan) =>
    plan.measures.map((measure) => {
      const filters = searchFilters(plan, measureCategories(topics, measure.id));
      const meta = measureSearchMeta(library, plan, measure);
      if (!english) return { url: measurePath(measure), content: measure.paragraphs.join('\n'), meta, filters };
      const { title, text } = measureEnglish(english.translations, measure);
      return {
        url: measurePath(measure, 'en'),
        content: text,
        meta: {
          ...meta,
          title: message('search.record.measure', { number: measure.number, title }, 'en'),
          plan: planNames(english.translations, plan, 'en').shortName,
        },
        filters,
      };
    }),
  );
}

/** Every record of the search index: measures, then the plan text outside them (in English with `english`). */
export function searchRecords(library: Library, topics: TopicIndex, english?: EnglishEdition): PlanTextRecord[] {
  return [...measureRecords(library, topics, english), ...planTextRecords(library, english)];
}

/** Where a section stands in the plan: its block, and for an annex task its row. */
function sectionPosition(plan: Plan, anchor: string): [number, number] {
  const byAnchor = plan.blocks.findIndex((b) => b.anchor === anchor);
  if (byAnchor >= 0) return [byAnchor, 0];
  const task = /^task-(\d+)$/.exec(anchor);
  if (task) return [plan.blocks.findIndex((b) => b.kind === 'table'), Number(task[1])];
  return [Number(anchor.slice(1)) - 1, 0];
}

/** The filter names and the labels the search page shows for their values. */
export function filterLabels(library: Library, topics: TopicIndex) {
  return {
    plan: Object.fromEntries(library.plans.map((p) => [p.slug, p.meta.shortName])),
    region: Object.fromEntries(
      library.plans.map((p) => [provinceShortName(p.meta.region), provinceShortName(p.meta.region)]),
    ),
    level: Object.fromEntries(library.plans.map((p) => [p.meta.level, LEVEL_NAMES[p.meta.level]])),
    category: Object.fromEntries(topics.categories.map((c) => [c.id, c.name])),
  };
}
