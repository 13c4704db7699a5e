/** What the topic pages show, computed from the library, the topic index and the alignment. */
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { PlanColumn } from '#lib/plan/columns.ts';
import type { Category, Topic, TopicIndex } from './topics.ts';
import type { BuildContext } from '#lib/build/context.ts';
import { planColumns, plansListedOneByOne } from '#lib/plan/columns.ts';
import { heatmapGeometry } from '#lib/charts/heatmap.ts';
import {
  ANCHORS,
  categoryAnchor,
  hash,
  measurePath,
  pagePath,
  pathInEdition,
  planPath,
  topicPath,
  withAnchor,
} from '#lib/site/paths.ts';
import { nameFirstThenCount, wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { markedMeasure, type MarkedMeasureView } from '#lib/compare/views.ts';
import { measureEnglish, type TranslationTable } from '#lib/translation/translation.ts';
import { columnLabelIn, editionPlanNames, rowLabelWidthIn } from '#lib/translation/edition-text.ts';
import { measureDesignationIn } from '#lib/plan/labels.ts';

export interface TopicRow {
  topic: Topic;
  /** For each plan in library order: its measures on the topic. */
  cells: { plan: Plan; measures: Measure[] }[];
}

export interface CategoryBlock {
  category: Category;
  rows: TopicRow[];
}

export function topicMatrix(library: Library, topics: TopicIndex): CategoryBlock[] {
  const byId = new Map(library.measures.map((m) => [m.id, m]));
  const rowOf = (topic: Topic): TopicRow => {
    // One pass over the topic's members, not one per plan.
    const byPlan = new Map<string, Measure[]>();
    for (const id of topic.measures) {
      const m = byId.get(id)!;
      const list = byPlan.get(m.plan);
      if (list) list.push(m);
      else byPlan.set(m.plan, [m]);
    }
    return { topic, cells: library.plans.map((plan) => ({ plan, measures: byPlan.get(plan.slug) ?? [] })) };
  };
  return topics.categories.map((category) => ({
    category,
    rows: topics.topics.filter((t) => t.category === category.id).map(rowOf),
  }));
}

export interface TopicColumnCell {
  column: PlanColumn;
  /** The measures of the column's plans on the topic, in library order. */
  measures: Measure[];
  /** How many of the column's plans have a measure on the topic. */
  plans: number;
}

/** The topic matrix with its plan cells gathered into comparison columns (one per plan, or per province). */
export function topicColumnRows(row: TopicRow, columns: readonly PlanColumn[]): TopicColumnCell[] {
  const cellOf = new Map(row.cells.map((c) => [c.plan.slug, c]));
  return columns.map((column) => {
    const cells = column.plans.map((p) => cellOf.get(p.slug)!);
    return {
      column,
      measures: cells.flatMap((c) => c.measures),
      plans: cells.filter((c) => c.measures.length > 0).length,
    };
  });
}

export interface PlanCoverage {
  plan: Plan;
  /** How many topics the plan has at least one measure on. */
  topics: number;
  /** Per category: how many of the plan's measures carry a topic in it. */
  byCategory: { category: string; measures: number }[];
}

export function planCoverage(library: Library, topics: TopicIndex): PlanCoverage[] {
  const categoryOf = new Map(topics.topics.map((t) => [t.id, t.category]));
  // Per plan, the topics it speaks to: one pass over every topic's members.
  const topicsOfPlan = new Map<string, Set<string>>();
  for (const topic of topics.topics) {
    for (const id of topic.measures) {
      const plan = id.slice(0, id.indexOf('/'));
      const set = topicsOfPlan.get(plan) ?? new Set();
      set.add(topic.id);
      topicsOfPlan.set(plan, set);
    }
  }
  return library.plans.map((plan) => ({
    plan,
    topics: topicsOfPlan.get(plan.slug)?.size ?? 0,
    byCategory: topics.categories.map((category) => ({
      category: category.id,
      measures: plan.measures.filter((m) => topics.topicsOf.get(m.id)!.some((t) => categoryOf.get(t) === category.id))
        .length,
    })),
  }));
}

export interface ColumnCoverage {
  column: PlanColumn;
  /** Topics at least one of the column's plans has a measure on. */
  topics: number;
  byCategory: { category: string; measures: number }[];
  measures: number;
}

/** planCoverage gathered into comparison columns: counts add up, topics are counted once per column. */
export function columnCoverage(
  coverage: readonly PlanCoverage[],
  columns: readonly PlanColumn[],
  topics: TopicIndex,
): ColumnCoverage[] {
  const bySlug = new Map(coverage.map((c) => [c.plan.slug, c]));
  return columns.map((column) => {
    const slugs = new Set(column.plans.map((p) => p.slug));
    const own = column.plans.map((p) => bySlug.get(p.slug)!);
    return {
      column,
      topics:
        own.length === 1
          ? own[0]!.topics
          : topics.topics.filter((t) => t.measures.some((id) => slugs.has(id.slice(0, id.indexOf('/'))))).length,
      byCategory: topics.categories.map((category, i) => ({
        category: category.id,
        measures: own.reduce((sum, c) => sum + c.byCategory[i]!.measures, 0),
      })),
      measures: column.plans.reduce((sum, p) => sum + p.measures.length, 0),
    };
  });
}

/** The heat map's row-label and cell widths, in SVG units. */
const HEATMAP = { rowLabelWidth: 230, cellWidth: 84 };

/**
 * What /topics/ shows: per column (a plan, or a province beyond PLANS_AS_COLUMNS plans) the
 * measures per category and the topics covered, the topic × column matrix and its heat map.
 */
/** A topic's or category's name and description in the edition of `locale`. */
function named(item: { name: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? item.nameEn : item.name;
}

/** A measure's title in the edition of `locale`: the English of its lead sentence on English pages. */
function measureTitleIn(ctx: { translations?: TranslationTable }, measure: Measure, locale: Locale): string {
  return locale === 'en' && ctx.translations ? measureEnglish(ctx.translations, measure).title : measure.title;
}

export function topicsPage(
  ctx: Pick<BuildContext, 'library' | 'topics' | 'coverage'> & Partial<Pick<BuildContext, 'translations'>>,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library, topics } = ctx;
  const blocks = topicMatrix(library, topics);
  const columns = planColumns(library.plans);
  const oneByOne = plansListedOneByOne(library.plans);
  const coverage = columnCoverage(planCoverage(library, topics), columns, topics);
  const matrixRows = new Map(blocks.flatMap((b) => b.rows.map((r) => [r.topic.id, topicColumnRows(r, columns)])));
  const counts = new Map(
    [...matrixRows].map(([id, cells]) => [id, new Map(cells.map((c) => [c.column.id, c.measures.length]))]),
  );
  const label = (column: (typeof columns)[number]) => columnLabelIn(ctx, column, locale);
  const rowLabels = blocks.flatMap((b) =>
    b.rows.map((r) => ({ id: r.topic.id, label: named(r.topic, locale), group: named(b.category, locale) })),
  );
  const geometry = heatmapGeometry({
    rows: rowLabels,
    columns: columns.map((c) => ({ id: c.id, label: label(c) })),
    value: (topic, column) => counts.get(topic)!.get(column)!,
    format: (v) => (v === 0 ? '' : String(v)),
    ...HEATMAP,
    rowLabelWidth: rowLabelWidthIn(
      rowLabels.map((r) => r.label),
      HEATMAP.rowLabelWidth,
      locale,
    ),
  });
  const separator = say('list.separator');
  return {
    title: say('topics.title'),
    description: say('topics.description'),
    heading: say('topics.title'),
    lead: say('topics.lead', { topics: topics.topics.length, categories: topics.categories.length }),
    note: say('topics.note'),
    coverage: {
      heading: say('topics.coverage.heading'),
      caption: say('topics.coverage.caption'),
      corner: say('topics.coverage.category'),
      columns: coverage.map((c) => label(c.column)),
      rows: topics.categories.map((category, i) => ({
        href: hash(categoryAnchor(category.id)),
        name: named(category, locale),
        values: coverage.map((c) => c.byCategory[i]!.measures),
      })),
      topicsRow: {
        label: say('topics.coverage.topics', { count: topics.topics.length }),
        values: coverage.map((c) => c.topics),
      },
      measuresRow: { label: say('topics.coverage.measures'), values: coverage.map((c) => c.measures) },
    },
    // One link per plan to its page's 覆盖缺口 section: the gaps of one plan without JavaScript.
    gaps: {
      heading: say('topics.gaps.heading'),
      lead: say('topics.gaps.lead'),
      links: library.plans.map((plan) => ({
        href: withAnchor(planPath(plan.slug, locale), ANCHORS.gaps),
        label: say('topics.gaps.link', { plan: editionPlanNames(ctx, plan, locale).shortName }),
        count: say('topics.gaps.count', {
          level: ctx.coverage.gapsOf(plan.slug, 'level').length,
          all: ctx.coverage.gapsOf(plan.slug, 'all').length,
        }),
      })),
    },
    matrix: {
      heading: say('topics.matrix.heading'),
      grouped: oneByOne ? null : say('topics.matrix.grouped', { plans: library.plans.length }),
      table: {
        id: ANCHORS.topicMatrix,
        caption: say('topics.matrix.caption'),
        corner: say('topics.matrix.topic'),
        columns: columns.map(label),
        span: columns.length + 1,
        blocks: blocks.map((block) => ({
          id: categoryAnchor(block.category.id),
          name: named(block.category, locale),
          /** The English name beside the Chinese one, on Chinese pages only. */
          nameEn: locale === 'en' ? null : block.category.nameEn,
          rows: block.rows.map((row) => ({
            href: topicPath(row.topic.id, locale),
            name: named(row.topic, locale),
            cells: matrixRows.get(row.topic.id)!.map((cell) =>
              cell.measures.length === 0
                ? { none: say('topics.matrix.none'), count: null, measures: [] }
                : cell.column.plans.length > 1
                  ? {
                      none: null,
                      count: {
                        href: topicPath(row.topic.id, locale),
                        label: say('topics.matrix.count', { measures: cell.measures.length, plans: cell.plans }),
                      },
                      measures: [],
                    }
                  : {
                      none: null,
                      count: null,
                      measures: cell.measures.map((m) => ({
                        href: measurePath(m, locale),
                        title: measureTitleIn(ctx, m, locale),
                        label: measureDesignationIn(cell.column.plans[0]!, m, locale),
                      })),
                    },
            ),
          })),
        })),
        separator,
      },
    },
    heatmap: {
      heading: say('topics.heatmap.heading'),
      geometry,
      title: say('topics.heatmap.title'),
      description: say('topics.heatmap.description', {
        topics: topics.topics.length,
        columns: oneByOne
          ? say('topics.heatmap.plans', { plans: library.plans.length })
          : say('topics.heatmap.provinces', { provinces: columns.length, plans: library.plans.length }),
      }),
      caption: say('topics.heatmap.caption'),
      tableLink: { href: hash(ANCHORS.topicMatrix), label: say('topics.heatmap.tableLink') },
      end: say('topics.heatmap.end'),
    },
  };
}

/** The static paths of /topics/<id>/: one per topic. */
export function topicPaths(ctx: Pick<BuildContext, 'library' | 'topics'>) {
  return topicMatrix(ctx.library, ctx.topics).flatMap((block) =>
    block.rows.map((row) => ({ params: { id: row.topic.id }, props: { row, category: block.category } })),
  );
}

/** Silent plans named on a topic page with many plans; the rest are counted. */
export const SILENT_PLANS_NAMED = 12;

/**
 * What /topics/<id>/ shows: the topic's measures side by side per plan, shared passages marked.
 * With many plans only the plans that speak to the topic get a column, and the silent ones are
 * named (the first SILENT_PLANS_NAMED) and counted.
 */
export function topicPage(
  ctx: Pick<BuildContext, 'library' | 'alignment' | 'sharedPassages'> & Partial<Pick<BuildContext, 'translations'>>,
  route: { row: TopicRow; category: Category },
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const en = locale === 'en';
  const { library } = ctx;
  const { row, category } = route;
  const { topic } = row;
  const shortName = (plan: Plan) => editionPlanNames(ctx, plan, locale).shortName;
  const silent = row.cells.filter((c) => c.measures.length === 0).map((c) => shortName(c.plan));
  const oneByOne = plansListedOneByOne(library.plans);
  const cells = oneByOne ? row.cells : row.cells.filter((c) => c.measures.length > 0);
  const silentText = oneByOne
    ? silent.join(say('list.separator'))
    : nameFirstThenCount(silent, SILENT_PLANS_NAMED, say('topics.topic.plansUnit'), locale);
  const name = named(topic, locale);
  const description = en ? topic.descriptionEn : topic.description;
  return {
    title: say('topics.topic.title', { name }),
    description: say('topics.topic.description', { name, description }),
    breadcrumbs: [{ href: pagePath('topics', locale), label: say('topics.title') }, { label: name }],
    name,
    /** The name in the other language, shown beside the heading and marked with its language. */
    otherName: en ? { text: topic.name, lang: 'zh-CN' } : { text: topic.nameEn, lang: 'en' },
    note: {
      tag: say('topics.topic.tag'),
      text: say('topics.topic.note', { description, category: named(category, locale) }),
    },
    count:
      say('topics.topic.count', { count: topic.measures.length }) +
      (silent.length > 0 ? say('topics.topic.silent', { plans: silentText }) : '') +
      say('topics.topic.countEnd'),
    legend: {
      marked: say('topics.topic.marked'),
      text: say('topics.topic.legend', { minRun: ctx.alignment.parameters.minRun }),
    },
    columns: cells.map((cell) => ({
      id: `plan-${cell.plan.slug}`,
      name: shortName(cell.plan),
      none: cell.measures.length === 0 ? say('topics.topic.none') : null,
      measures: cell.measures.map((m) => {
        const marked = inEditionLinks(ctx, markedMeasure(library, m, ctx.sharedPassages.get(m.id), locale), locale);
        return {
          href: measurePath(m, locale),
          label: measureDesignationIn(cell.plan, m, locale),
          // On English pages the Chinese text (marked lang="zh-CN") and its notes (English words) render apart.
          text: en ? { ...marked, notes: { ...marked.notes, items: [] } } : marked,
          notes: en && marked.notes.items.length > 0 ? { paragraphs: [], notes: marked.notes } : null,
          english: en && ctx.translations ? englishOf(ctx.translations, m, say) : null,
        };
      }),
    })),
  };
}

/** A measure's English as an English page shows it after the Chinese: its text and its translation status. */
function englishOf(table: TranslationTable, measure: Measure, say: ReturnType<typeof wordsOf>) {
  const english = measureEnglish(table, measure);
  return {
    tag: say('edition.translation.tag'),
    paragraphs: english.text.split('\n'),
    status: say(english.status === 'reviewed' ? 'edition.translation.reviewed' : 'edition.translation.draft'),
  };
}

const MEASURE_PAGE = /^(?:\/en)?\/plans\/([^/]+)\/([^/]+)\/$/;

/**
 * The shared-passage notes of markedMeasure (src/lib/compare/views.ts) name and link the other
 * measures in Chinese; on an English page each link goes to the English measure page and names the
 * plan and measure in English. Idempotent, so it stays right once markedMeasure does this itself.
 */
function inEditionLinks(
  ctx: { library: Library; translations?: TranslationTable },
  view: MarkedMeasureView,
  locale: Locale,
): MarkedMeasureView {
  if (locale !== 'en') return view;
  return {
    ...view,
    notes: {
      ...view.notes,
      items: view.notes.items.map((note) => ({
        ...note,
        links: note.links.map((link) => {
          const match = MEASURE_PAGE.exec(link.href);
          if (!match) return { ...link, href: pathInEdition(link.href, locale) };
          const measure = ctx.library.measure(`${match[1]}/${match[2]}`);
          const plan = ctx.library.plan(measure.plan);
          return {
            ...link,
            href: measurePath(measure, locale),
            plan: editionPlanNames(ctx, plan, locale).shortName,
            measure: ` ${measureDesignationIn(plan, measure, locale)}`,
          };
        }),
      })),
    },
  };
}
