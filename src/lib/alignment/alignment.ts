/**
 * Aligns measures across plans: each measure's most similar measures in other plans (TF-IDF),
 * text reuse between plans, the closest measure of other plans on a shared topic, and a consistency
 * report that puts the editorial topics and the measured similarity side by side.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Measure } from '#lib/plan/model.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import { cosine, tfIdf, sharedTerms, type TfIdfModel } from './similarity.ts';
import {
  candidateScorer,
  refineTopK,
  roundScore,
  SCORE_MARGIN,
  NEIGHBOUR_PARAMETERS,
  type Neighbour,
} from './neighbours.ts';
import {
  measureReuse,
  reuseShare,
  MIN_RUN,
  GENERIC_GROUPS_CAP,
  mergeCrowdedSegments,
  type ReuseCell,
  type SharedSegment,
} from './text-reuse.ts';

export const ALIGNMENT_PARAMETERS = {
  /** Character n-gram sizes for TF-IDF. */
  ngramSizes: [2, 3],
  /** Shortest exact run that counts as reuse. */
  minRun: MIN_RUN,
  /** Similarity pairs below this are not kept: 96% of the five plans' cross-plan pairs score below it. */
  pairFloor: 0.1,
  /** k: each measure keeps at most this many neighbours in other plans, so the pairs grow linearly with the measures. */
  neighbours: 10,
  /**
   * A same-topic measure less similar than this is not offered as "closest" (the page says so instead):
   * the pair floor, below which 96% of cross-plan pairs lie, is where a similarity starts to mean something.
   */
  closestFloor: 0.1,
  /** A measure page lists the closest same-topic measure of every other plan up to this many plans; beyond, of the best this many. */
  closestPlans: 8,
  /** N-grams in more measures than this do not make candidates (see neighbours.ts). */
  maxDocumentFrequency: NEIGHBOUR_PARAMETERS.maxDocumentFrequency,
  /** A run found in this many plans or more is stock phrasing, whatever the share (see text-reuse.ts). */
  genericGroupsCap: GENERIC_GROUPS_CAP,
  /** A shared-text mark names at most this many plans; past it, neighbouring segments merge (see text-reuse.ts). */
  sharedNamesShown: 4,
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
  /** The closest measure of that plan sharing a topic, or null when there is none similar enough. */
  measure: string | null;
  score: number | null;
  sharedTopics: string[];
  /** True when the plan has measures on a shared topic but none reaches `closestFloor`. */
  belowFloor: boolean;
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
  /** Cross-plan pairs scoring at least pairFloor where one is among the other's `neighbours` best, ordered by a then b. */
  pairs: SimilarityPair[];
  /** Measure id → for each other plan (at most `closestPlans`, the best ones), its closest measure on a shared topic. */
  closest: Record<string, ClosestOnTopic[]>;
  /** Ordered plan pairs that share any text: how much of the first plan's measure text also stands in the second (a missing pair shares nothing). */
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

/** Each measure's topics as a bit set, so "do these two share a topic?" is a few AND operations. */
function topicBits(measures: readonly Measure[], topics: TopicIndex) {
  const bit = new Map(topics.topics.map((t, i) => [t.id, i]));
  const words = Math.ceil(topics.topics.length / 32) || 1;
  const bits = new Uint32Array(measures.length * words);
  measures.forEach((m, i) => {
    for (const t of topics.topicsOf.get(m.id) ?? []) {
      const at = bit.get(t)!;
      bits[i * words + (at >> 5)]! |= 1 << (at & 31);
    }
  });
  return {
    sharesTopic(a: number, b: number): boolean {
      for (let w = 0; w < words; w++) if ((bits[a * words + w]! & bits[b * words + w]!) !== 0) return true;
      return false;
    },
    hasTopic(a: number, topic: string): boolean {
      const at = bit.get(topic)!;
      return (bits[a * words + (at >> 5)]! & (1 << (at & 31))) !== 0;
    },
  };
}

/** Highest score first, then library order: the measure a reader meets first wins a tie. */
function best<T extends { index: number; score: number }>(list: readonly T[]): T | undefined {
  let top: T | undefined;
  for (const item of list)
    if (!top || item.score > top.score || (item.score === top.score && item.index < top.index)) top = item;
  return top;
}

/**
 * Every index is built once and every measure is compared only with its candidates from the
 * n-gram index (src/lib/alignment/neighbours.ts), so the work and the output grow with the number
 * of measures, not with its square: at most `neighbours` pairs per measure, at most `closestPlans`
 * plans in each measure's same-topic list.
 */
export function alignMeasures(library: Library, topics: TopicIndex): Alignment {
  const { measures } = library;
  const P = ALIGNMENT_PARAMETERS;
  const plans = library.plans.map((p) => p.slug);
  const planOf = measures.map((m) => m.plan);
  const index = new Map(measures.map((m, i) => [m.id, i]));
  const model = tfIdf(
    measures.map((m) => m.substance),
    P.ngramSizes,
  );
  // The same pair is often re-scored for its neighbours, its closest per plan and each of its topics.
  let exactFor = -1;
  const exactMemo = new Map<number, number>();
  const exact = (a: number, b: number) => {
    if (exactFor !== a) {
      exactFor = a;
      exactMemo.clear();
    }
    let score = exactMemo.get(b);
    if (score === undefined) exactMemo.set(b, (score = cosine(model.vectors[a]!, model.vectors[b]!)));
    return score;
  };
  const { sharesTopic, hasTopic } = topicBits(measures, topics);
  const topicsOf = (id: string) => topics.topicsOf.get(id) ?? [];
  const shared = (x: string, y: string) => topicsOf(x).filter((t) => topicsOf(y).includes(t));
  // Plan and topic → its members, for the small-library fallback below.
  const membersOf = new Map<string, number[]>();
  measures.forEach((m, i) => {
    for (const t of topicsOf(m.id)) {
      const key = `${m.plan} ${t}`;
      const list = membersOf.get(key);
      if (list) list.push(i);
      else membersOf.set(key, [i]);
    }
  });

  const scorer = candidateScorer(model, P.maxDocumentFrequency);
  const neighbours: Neighbour[][] = [];
  const closest: Record<string, ClosestOnTopic[]> = {};
  /** Per measure: its best exact score to a member of each of its topics in another plan (for the outlier report). */
  const bestOnTopic: Map<string, number>[] = [];
  for (const [a, measure] of measures.entries()) {
    const rough: Neighbour[] = [];
    const onTopic = new Map<string, Neighbour[]>();
    scorer.forEachCandidate(a, (b, score) => {
      if (planOf[b] === measure.plan) return;
      if (score >= P.pairFloor - SCORE_MARGIN) rough.push({ index: b, score });
      if (sharesTopic(a, b)) {
        const list = onTopic.get(planOf[b]!);
        if (list) list.push({ index: b, score });
        else onTopic.set(planOf[b]!, [{ index: b, score }]);
      }
    });
    neighbours.push(refineTopK(rough, P.neighbours, P.pairFloor, (b) => exact(a, b)));

    // The best same-topic measure among candidates, by score rounded as `cosine` rounds.
    const bestIn = (candidates: readonly Neighbour[]) =>
      best(candidates.map((c) => ({ index: c.index, score: roundScore(c.score, () => exact(a, c.index)) })))!;
    const others = plans.filter((plan) => plan !== measure.plan);
    let listed: string[];
    if (others.length <= P.closestPlans) {
      listed = others;
    } else {
      // At scale, the plans whose best same-topic candidate scores highest (rough score), in library order.
      const ranked = [...onTopic].map(([plan, list]) => ({ plan, score: best(list)!.score }));
      ranked.sort((x, y) => y.score - x.score || plans.indexOf(x.plan) - plans.indexOf(y.plan));
      const chosen = new Set(ranked.slice(0, P.closestPlans).map((r) => r.plan));
      listed = others.filter((plan) => chosen.has(plan));
    }
    closest[measure.id] = listed.map((plan) => {
      const candidates = onTopic.get(plan);
      // With few plans every plan is listed; a same-topic measure sharing no indexed n-gram still counts.
      const found = candidates
        ? bestIn(candidates)
        : best(
            [...new Set(topicsOf(measure.id).flatMap((t) => membersOf.get(`${plan} ${t}`) ?? []))].map((b) => ({
              index: b,
              score: exact(a, b),
            })),
          );
      if (found && found.score < P.closestFloor)
        return { plan, measure: null, score: null, sharedTopics: [], belowFloor: true };
      return found
        ? {
            plan,
            measure: measures[found.index]!.id,
            score: found.score,
            sharedTopics: shared(measure.id, measures[found.index]!.id),
            belowFloor: false,
          }
        : { plan, measure: null, score: null, sharedTopics: [], belowFloor: false };
    });

    const bestByTopic = new Map<string, number>();
    const all = [...onTopic.values()].flat();
    for (const t of topicsOf(measure.id)) {
      const withTopic = all.filter((c) => hasTopic(c.index, t));
      if (withTopic.length > 0) bestByTopic.set(t, bestIn(withTopic).score);
    }
    bestOnTopic.push(bestByTopic);
  }

  const pairs = linearPairs(neighbours).map((p) => ({ a: measures[p.a]!.id, b: measures[p.b]!.id, score: p.score }));

  const reuseResult = measureReuse(
    measures.map((m) => ({ id: m.id, group: m.plan, text: m.text, boilerplate: unitsRange(m) })),
    { minRun: P.minRun, genericGroupsCap: P.genericGroupsCap },
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
  // Stored as the topic pages mark them: past SHARED_NAMES_SHOWN plans, neighbouring segments are one.
  const sharedText = Object.fromEntries(
    measures
      .map(
        (m) => [m.id, mergeCrowdedSegments(m.text, reuseResult.segments.get(m.id) ?? [], P.sharedNamesShown)] as const,
      )
      .filter(([, segments]) => segments.length > 0),
  );

  return {
    parameters: P,
    plans,
    pairs,
    closest,
    reuse,
    reuseAnyOther,
    sharedText,
    report: consistencyReport(measures, topics, linearPairs(neighbours), index, bestOnTopic, shared, model),
  };
}

/** The neighbour lists as pairs, each once (lower index first), in index order. */
function linearPairs(neighbours: readonly Neighbour[][]): { a: number; b: number; score: number }[] {
  const seen = new Map<string, { a: number; b: number; score: number }>();
  neighbours.forEach((list, x) => {
    for (const { index: y, score } of list) {
      const [a, b] = x < y ? [x, y] : [y, x];
      seen.set(`${a} ${b}`, { a, b, score });
    }
  });
  return [...seen.values()].sort((p, q) => p.a - q.a || p.b - q.b);
}

/**
 * Mean cosine of every topic's cross-plan member pairs without listing the pairs: for unit vectors,
 * the sum of x·y over pairs from different plans is (|Σ all|² − Σ over plans |Σ plan|²) / 2.
 * Members come plan by plan (library order), so one running sum per plan is enough.
 */
function cohesionCalculator(model: TfIdfModel, planOf: (i: number) => string) {
  const gramId = new Map<string, number>();
  for (const gram of model.idf.keys()) gramId.set(gram, gramId.size);
  const packed = model.vectors.map((v) => {
    const ids = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let g = 0;
    for (const [gram, weight] of v) {
      ids[g] = gramId.get(gram)!;
      weights[g++] = weight;
    }
    return { ids, weights };
  });
  const all = new Float64Array(gramId.size);
  const plan = new Float64Array(gramId.size);
  /** Adds vector i into `sum`; returns how |sum|² grew. */
  const add = (sum: Float64Array, i: number) => {
    const { ids, weights } = packed[i]!;
    let grew = 0;
    for (let g = 0; g < ids.length; g++) {
      const before = sum[ids[g]!]!;
      const after = before + weights[g]!;
      sum[ids[g]!] = after;
      grew += after * after - before * before;
    }
    return grew;
  };
  const clear = (sum: Float64Array, members: readonly number[]) => {
    for (const i of members) for (const id of packed[i]!.ids) sum[id] = 0;
  };
  return (members: readonly number[]) => {
    let allNorm = 0;
    let withinNorm = 0;
    let withinPairs = 0;
    let start = 0;
    members.forEach((i, at) => {
      allNorm += add(all, i);
      withinNorm += add(plan, i);
      const last = at === members.length - 1 || planOf(members[at + 1]!) !== planOf(i);
      if (last) {
        const n = at + 1 - start;
        withinPairs += n * n;
        clear(plan, members.slice(start, at + 1));
        start = at + 1;
      }
    });
    clear(all, members);
    const pairs = (members.length * members.length - withinPairs) / 2;
    // withinNorm summed each plan's |Σ plan|² as it grew: adding to a cleared sum starts from 0.
    return { pairs, mean: pairs > 0 ? (allNorm - withinNorm) / 2 / pairs : 0 };
  };
}

function consistencyReport(
  measures: readonly Measure[],
  topics: TopicIndex,
  pairs: readonly { a: number; b: number; score: number }[],
  index: Map<string, number>,
  bestOnTopic: readonly Map<string, number>[],
  shared: (a: string, b: string) => string[],
  model: TfIdfModel,
): ConsistencyReport {
  const similarWithoutSharedTopic = pairs
    .filter(
      (p) =>
        p.score >= ALIGNMENT_PARAMETERS.highWithoutTopic && shared(measures[p.a]!.id, measures[p.b]!.id).length === 0,
    )
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
    .map((p) => ({ a: measures[p.a]!.id, b: measures[p.b]!.id, score: p.score, terms: sharedTerms(model, p.a, p.b) }));

  const topicOutliers: ConsistencyReport['topicOutliers'] = [];
  const topicCohesion: ConsistencyReport['topicCohesion'] = [];
  const cohesion = cohesionCalculator(model, (i) => measures[i]!.plan);
  for (const topic of topics.topics) {
    const members = topic.measures.map((id) => index.get(id)!);
    const plansOfTopic = new Set(members.map((x) => measures[x]!.plan));
    if (plansOfTopic.size < 2) continue;
    for (const x of members) {
      // Members that share no indexed n-gram with any other-plan member score (near) 0 with them.
      const found = bestOnTopic[x]!.get(topic.id) ?? 0;
      if (found < ALIGNMENT_PARAMETERS.outlier)
        topicOutliers.push({ topic: topic.id, measure: measures[x]!.id, best: found });
    }
    const { pairs: count, mean } = cohesion(members);
    topicCohesion.push({ topic: topic.id, pairs: count, mean: Math.round(mean * 10_000) / 10_000 });
  }
  topicCohesion.sort((x, y) => x.mean - y.mean || x.topic.localeCompare(y.topic));
  const plansOf = new Map(topics.topics.map((t) => [t.id, new Set(t.measures.map((id) => id.split('/')[0]))]));
  return {
    similarWithoutSharedTopic,
    topicOutliers,
    topicCohesion,
    unusedTopics: topics.topics.filter((t) => t.measures.length === 0).map((t) => t.id),
    singlePlanTopics: topics.topics.filter((t) => plansOf.get(t.id)!.size === 1).map((t) => t.id),
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
