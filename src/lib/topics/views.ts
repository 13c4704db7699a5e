/** What the topic pages show, computed from the library, the topic index and the alignment. */
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
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
  return topics.categories.map((category) => ({
    category,
    rows: topics.topics
      .filter((t) => t.category === category.id)
      .map((topic) => ({
        topic,
        cells: library.plans.map((plan) => ({
          plan,
          measures: topic.measures.map((id) => byId.get(id)!).filter((m) => m.plan === plan.slug),
        })),
      })),
  }));
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
  return library.plans.map((plan) => ({
    plan,
    topics: topics.topics.filter((t) => t.measures.some((id) => id.startsWith(`${plan.slug}/`))).length,
    byCategory: topics.categories.map((category) => ({
      category: category.id,
      measures: plan.measures.filter((m) => topics.topicsOf.get(m.id)!.some((t) => categoryOf.get(t) === category.id))
        .length,
    })),
  }));
}
