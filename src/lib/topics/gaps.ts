/**
 * Coverage gaps (覆盖缺口): the topics the other plans cover and a plan does not, each with the
 * measures that cover it. A topic is covered by a plan when at least one of its measures carries
 * the topic in content/measure-topics.yaml (editorial). Two scopes: the other plans of the same
 * level (district plans against district plans) and all other plans.
 *
 * Built once per build: per topic, the plans covering it; then each plan's gaps cost one look per
 * topic, and each gap names at most GAP_MEASURES_SHOWN measures with the count of all, so a page
 * does not grow with the library.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Topic, TopicIndex } from './topics.ts';

/** A gap names at most this many covering measures; the count says how many there are. */
export const GAP_MEASURES_SHOWN = 6;

export type GapScope = 'level' | 'all';

export interface CoverageGap {
  topic: Topic;
  /** How many other plans in the scope cover the topic. */
  plans: number;
  /** Covering measures in the scope, in library order, at most GAP_MEASURES_SHOWN. */
  measures: string[];
  /** How many measures in the scope cover the topic. */
  measureCount: number;
}

export interface CoverageIndex {
  /** The gaps of one plan in one scope, in taxonomy order. */
  gapsOf(slug: string, scope: GapScope): CoverageGap[];
}

export function coverageIndex(library: Library, topics: TopicIndex): CoverageIndex {
  const levelOf = new Map(library.plans.map((p) => [p.slug, p.meta.level]));
  const planOf = new Map(library.measures.map((m) => [m.id, m.plan]));
  // Per topic: plan → its measures on the topic, in library order.
  const byTopic = topics.topics.map((topic) => {
    const plans = new Map<string, string[]>();
    for (const id of topic.measures) {
      const plan = planOf.get(id)!;
      const list = plans.get(plan);
      if (list) list.push(id);
      else plans.set(plan, [id]);
    }
    // Per level: how many plans and measures of that level cover it, and the first few measures.
    const levels = new Map<string, { plans: number; measures: string[]; measureCount: number }>();
    for (const [plan, ids] of plans) {
      const level = levelOf.get(plan)!;
      const entry = levels.get(level) ?? { plans: 0, measures: [], measureCount: 0 };
      entry.plans++;
      entry.measureCount += ids.length;
      for (const id of ids) if (entry.measures.length < GAP_MEASURES_SHOWN) entry.measures.push(id);
      levels.set(level, entry);
    }
    return { topic, plans, levels };
  });

  return {
    gapsOf(slug, scope) {
      const level = levelOf.get(slug);
      const gaps: CoverageGap[] = [];
      for (const { topic, plans, levels } of byTopic) {
        if (plans.has(slug)) continue;
        if (scope === 'level') {
          const entry = level === undefined ? undefined : levels.get(level);
          if (!entry) continue;
          gaps.push({
            topic,
            plans: entry.plans,
            measures: entry.measures,
            measureCount: entry.measureCount,
          });
        } else if (plans.size > 0) {
          gaps.push({
            topic,
            plans: plans.size,
            measures: topic.measures.slice(0, GAP_MEASURES_SHOWN),
            measureCount: topic.measures.length,
          });
        }
      }
      return gaps;
    },
  };
}
