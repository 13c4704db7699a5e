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
import { blockId, planPath, taskAnchor } from '#lib/site/paths.ts';
import { measureDesignation } from '#lib/plan/labels.ts';

export interface PlanTextSection {
  anchor: string;
  /** A short name for the section: its heading, or the lead of its labelled paragraph. */
  title: string;
  text: string;
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

/**
 * The plan's text outside measures, section by section. A section starts at a heading, a
 * labelled paragraph, an annex task or the first block after a measure, and runs until the next.
 */
export function planTextSections(plan: Plan): PlanTextSection[] {
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
    if (opensSection) {
      close();
      const text = blockText(block);
      current = { anchor: block.anchor ?? blockId(index), title: lead(text), text: '' };
    }
    const text = blockText(block);
    current!.text = current!.text === '' ? text : `${current!.text}\n${text}`;
    if (block.kind === 'table') {
      close();
      for (const row of block.rows) {
        const task = Number(row[0]);
        sections.push({ anchor: taskAnchor(task), title: `附件 任务 ${task}`, text: row.join(' ') });
      }
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
  title: string;
  plan: string;
  /** Sorts results in reading order: plan by plan, then position in the plan. */
  order: string;
  kind: 'measure' | 'text';
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

/** Search records for the plan text outside measures, for the Pagefind Node API. */
export function planTextRecords(library: Library): PlanTextRecord[] {
  return library.plans.flatMap((plan) =>
    planTextSections(plan).map((section) => ({
      url: `${planPath(plan.slug)}#${section.anchor}`,
      content: section.text,
      meta: {
        title: section.title,
        plan: plan.meta.shortName,
        order: order(library, plan, sectionPosition(plan, section.anchor)),
        kind: 'text' as const,
      },
      filters: searchFilters(plan),
    })),
  );
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
