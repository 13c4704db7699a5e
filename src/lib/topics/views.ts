/** What the topic pages show, computed from the library, the topic index and the alignment. */
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { Category, Topic, TopicIndex } from './topics.ts';
import type { SharedSegment } from '#lib/alignment/text-reuse.ts';

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

/** A measure's text cut into pieces: plain, or shared with the listed plans. */
export interface TextPiece {
  text: string;
  sharedWith: string[];
}

/**
 * A mark names at most this many plans. Past it, the label gives a count, and neighbouring marks
 * that both exceed it become one: a run shared with dozens of plans would otherwise be cut into a
 * mark for every subset of them, and a page would grow with the square of the corpus.
 */
export const SHARED_NAMES_SHOWN = 4;

export function markSharedText(
  text: string,
  segments: readonly SharedSegment[] = [],
  namesShown: number = SHARED_NAMES_SHOWN,
): TextPiece[] {
  const merged: SharedSegment[] = [];
  for (const segment of [...segments].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    const touching = last !== undefined && text.slice(last.end, segment.start).trim() === '';
    if (touching && last.groups.length > namesShown && segment.groups.length > namesShown) {
      merged[merged.length - 1] = {
        start: last.start,
        end: segment.end,
        groups: [...new Set([...last.groups, ...segment.groups])],
      };
    } else merged.push(segment);
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const segment of merged) {
    if (segment.start > at) pieces.push({ text: text.slice(at, segment.start), sharedWith: [] });
    pieces.push({ text: text.slice(segment.start, segment.end), sharedWith: segment.groups });
    at = segment.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), sharedWith: [] });
  return pieces;
}

/** "亦见于A、B" — or, past `namesShown` plans, the first of them and how many there are. */
export function sharedLabel(
  plans: readonly string[],
  name: (slug: string) => string,
  namesShown: number = SHARED_NAMES_SHOWN,
): string {
  const names = plans.slice(0, namesShown).map(name).join('、');
  return plans.length > namesShown ? `亦见于${names}等 ${plans.length} 份方案` : `亦见于${names}`;
}
