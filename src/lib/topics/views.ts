/** What the topic pages show, computed from the library, the topic index and the alignment. */
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { PlanColumn } from '#lib/plan/columns.ts';
import type { Category, Topic, TopicIndex } from './topics.ts';

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
