/**
 * Aligns measures across plans: TF-IDF similarity of every cross-plan pair, text reuse between
 * plans, the closest measure of each other plan on a shared topic, and a consistency report that
 * puts the editorial topics and the measured similarity side by side.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Measure } from '#lib/plan/model.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import { cosine, pairwiseSimilarity, tfIdf, sharedTerms } from './similarity.ts';
import { measureReuse, reuseShare, MIN_RUN, type ReuseCell, type SharedSegment } from './text-reuse.ts';

export const ALIGNMENT_PARAMETERS = {
  /** Character n-gram sizes for TF-IDF. */
  ngramSizes: [2, 3],
  /** Shortest exact run that counts as reuse. */
  minRun: MIN_RUN,
  /** Similarity pairs below this are not exported: 96% of cross-plan pairs score below it. */
  pairFloor: 0.1,
  /** A pair this similar with no topic in common is reported for a curator to look at. */
  highWithoutTopic: 0.2,
  /** A topic member whose best similarity to the topic's members in other plans is below this is reported. */
  outlier: 0.06,
} as const;

export interface SimilarityPair {
  a: string;
  b: string;
  score: number;
}

export interface ClosestOnTopic {
  plan: string;
  /** The closest measure of that plan sharing a topic, or null when the plan has none on these topics. */
  measure: string | null;
  score: number | null;
  sharedTopics: string[];
}

export interface ReuseEntry extends ReuseCell {
  /** shared / characters, 0–1. */
  share: number;
  genericShare: number;
}

export interface ConsistencyReport {
  /** Similar pairs that share no topic: a missing tag, or a topic that should be split or merged. */
  similarWithoutSharedTopic: (SimilarityPair & { terms: string[] })[];
  /** Members of a topic that are unlike that topic's members in every other plan. */
  topicOutliers: { topic: string; measure: string; best: number }[];
  /** Mean similarity of a topic's cross-plan member pairs, lowest first. */
  topicCohesion: { topic: string; pairs: number; mean: number }[];
  /** Topics no measure carries. */
  unusedTopics: string[];
  /** Topics only one plan speaks to: fine, but they compare nothing. */
  singlePlanTopics: string[];
}

export interface Alignment {
  parameters: typeof ALIGNMENT_PARAMETERS;
  plans: string[];
  /** Cross-plan pairs scoring at least pairFloor, ordered by a then b. */
  pairs: SimilarityPair[];
  /** Measure id → for each other plan, its closest measure on a shared topic. */
  closest: Record<string, ClosestOnTopic[]>;
  /** Ordered plan pairs: how much of the first plan's measure text also stands in the second. */
  reuse: ReuseEntry[];
  /** Per plan: how much of its measure text stands in at least one other plan. */
  reuseAnyOther: { plan: string; characters: number; shared: number; share: number }[];
  /** Measure id → stretches of its text (offsets into Measure.text) shared with other plans. */
  sharedText: Record<string, SharedSegment[]>;
  report: ConsistencyReport;
}

/** The units parenthetical of a measure as a boilerplate range of its text. */
function unitsRange(measure: Measure): [number, number][] {
  return measure.units ? [[measure.substance.length, measure.text.length]] : [];
}

export function alignMeasures(library: Library, topics: TopicIndex): Alignment {
  const { measures } = library;
  const plans = library.plans.map((p) => p.slug);
  const index = new Map(measures.map((m, i) => [m.id, i]));
  const model = tfIdf(
    measures.map((m) => m.substance),
    ALIGNMENT_PARAMETERS.ngramSizes,
  );
  const scored = pairwiseSimilarity(model, (a, b) => measures[a]!.plan !== measures[b]!.plan);
  const scoreOf = new Map(scored.map((p) => [`${p.a} ${p.b}`, p.score]));
  const score = (x: number, y: number) => (x < y ? scoreOf.get(`${x} ${y}`) : scoreOf.get(`${y} ${x}`)) ?? 0;
  const topicsOf = (id: string) => topics.topicsOf.get(id) ?? [];
  const shared = (x: string, y: string) => topicsOf(x).filter((t) => topicsOf(y).includes(t));

  const pairs = scored
    .filter((p) => p.score >= ALIGNMENT_PARAMETERS.pairFloor)
    .map((p) => ({ a: measures[p.a]!.id, b: measures[p.b]!.id, score: p.score }));

  const closest: Record<string, ClosestOnTopic[]> = {};
  for (const [i, measure] of measures.entries()) {
    closest[measure.id] = plans
      .filter((plan) => plan !== measure.plan)
      .map((plan) => {
        let best: { id: string; score: number; topics: string[] } | undefined;
        for (const [j, other] of measures.entries()) {
          if (other.plan !== plan) continue;
          const common = shared(measure.id, other.id);
          if (common.length === 0) continue;
          const s = score(i, j);
          if (!best || s > best.score) best = { id: other.id, score: s, topics: common };
        }
        return best
          ? { plan, measure: best.id, score: best.score, sharedTopics: best.topics }
          : { plan, measure: null, score: null, sharedTopics: [] };
      });
  }

  const reuseResult = measureReuse(
    measures.map((m) => ({ id: m.id, group: m.plan, text: m.text, boilerplate: unitsRange(m) })),
    { minRun: ALIGNMENT_PARAMETERS.minRun },
  );
  const reuse = reuseResult.matrix.map((cell) => ({
    ...cell,
    share: reuseShare(cell),
    genericShare: reuseShare({ characters: cell.characters, shared: cell.generic }),
  }));
  const reuseAnyOther = reuseResult.anyOther.map(({ group, characters, shared }) => ({
    plan: group,
    characters,
    shared,
    share: reuseShare({ characters, shared }),
  }));
  const sharedText = Object.fromEntries(
    measures
      .map((m) => [m.id, reuseResult.segments.get(m.id) ?? []] as const)
      .filter(([, segments]) => segments.length > 0),
  );

  return {
    parameters: ALIGNMENT_PARAMETERS,
    plans,
    pairs,
    closest,
    reuse,
    reuseAnyOther,
    sharedText,
    report: consistencyReport(measures, topics, scored, index, score, shared, model),
  };
}

function consistencyReport(
  measures: readonly Measure[],
  topics: TopicIndex,
  scored: readonly { a: number; b: number; score: number }[],
  index: Map<string, number>,
  score: (a: number, b: number) => number,
  shared: (a: string, b: string) => string[],
  model: ReturnType<typeof tfIdf>,
): ConsistencyReport {
  const similarWithoutSharedTopic = scored
    .filter(
      (p) =>
        p.score >= ALIGNMENT_PARAMETERS.highWithoutTopic && shared(measures[p.a]!.id, measures[p.b]!.id).length === 0,
    )
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
    .map((p) => ({ a: measures[p.a]!.id, b: measures[p.b]!.id, score: p.score, terms: sharedTerms(model, p.a, p.b) }));

  const topicOutliers: ConsistencyReport['topicOutliers'] = [];
  const topicCohesion: ConsistencyReport['topicCohesion'] = [];
  for (const topic of topics.topics) {
    const members = topic.measures.map((id) => index.get(id)!);
    let sum = 0;
    let count = 0;
    for (const x of members) {
      const others = members.filter((y) => measures[y]!.plan !== measures[x]!.plan);
      if (others.length === 0) continue;
      const best = Math.max(...others.map((y) => score(x, y)));
      if (best < ALIGNMENT_PARAMETERS.outlier) topicOutliers.push({ topic: topic.id, measure: measures[x]!.id, best });
      for (const y of others) {
        if (y > x) {
          sum += score(x, y);
          count++;
        }
      }
    }
    if (count > 0)
      topicCohesion.push({ topic: topic.id, pairs: count, mean: Math.round((sum / count) * 10_000) / 10_000 });
  }
  topicCohesion.sort((x, y) => x.mean - y.mean || x.topic.localeCompare(y.topic));
  const plansOf = (topicId: string) => new Set(topics.topic(topicId).measures.map((id) => id.split('/')[0]));
  return {
    similarWithoutSharedTopic,
    topicOutliers,
    topicCohesion,
    unusedTopics: topics.topics.filter((t) => t.measures.length === 0).map((t) => t.id),
    singlePlanTopics: topics.topics.filter((t) => plansOf(t.id).size === 1).map((t) => t.id),
  };
}

/** For a curator adding a plan: each measure's closest measures elsewhere, with their topics. */
export function suggestTopics(library: Library, topics: TopicIndex, plan: string, limit = 3) {
  const { measures } = library;
  const model = tfIdf(
    measures.map((m) => m.substance),
    ALIGNMENT_PARAMETERS.ngramSizes,
  );
  const own = measures.map((m, i) => [m, i] as const).filter(([m]) => m.plan === plan);
  return own.map(([measure, i]) => ({
    measure: measure.id,
    title: measure.title,
    current: topics.topicsOf.get(measure.id) ?? [],
    candidates: measures
      .map((other, j) => ({ other, j }))
      .filter(({ other }) => other.plan !== plan)
      .map(({ other, j }) => ({
        id: other.id,
        title: other.title,
        score: cosine(model.vectors[i]!, model.vectors[j]!),
        topics: topics.topicsOf.get(other.id) ?? [],
      }))
      .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
      .slice(0, limit),
  }));
}
