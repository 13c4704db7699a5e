/**
 * Counterparts: for every pair of plans, which measures of the earlier plan reappear in the later
 * one, copied, adapted or in part. The link rests on the text alone:
 *
 * 1. Every measure's substance is tokenised with its plan's names from the table of equivalents,
 *    so that 潼南区 and 荣昌区, 在潼 and 在荣 compare as equal (tokens.ts).
 * 2. Candidates come from an inverted index over character n-grams of those texts
 *    (#lib/alignment/neighbours.ts); n-grams found in more than `boilerplateShare` of all measures
 *    are boilerplate and neither index nor score. Each measure keeps its `maxCandidates` best
 *    candidates by shared n-grams, so the number of pairs diffed grows linearly with the corpus.
 * 3. Each candidate pair is diffed and scored by local alignment (align-pair.ts); a pair whose
 *    informative aligned characters reach `minAlignedChars` is a link.
 * 4. Kind: copied when both sides are almost wholly aligned, adapted when most of one side is,
 *    partial otherwise (a sentence or two carried into a measure about something else).
 */
import type { Library } from '#lib/plan/library.ts';
import type { Measure } from '#lib/plan/model.ts';
import type { AgencyRegistry } from '#lib/agencies/agencies.ts';
import type { TargetTable } from '#lib/targets/targets.ts';
import { invertedIndex } from '#lib/alignment/neighbours.ts';
import {
  addWholeStretches,
  alignTexts,
  diffTexts,
  prepareText,
  type AlignParameters,
  type PreparedText,
} from './align-pair.ts';
import type { NameTable } from './names.ts';
import { normalised, tokenize, type Token } from './tokens.ts';
import { redlineOf, sameTextApartFromNames, substitutionsOf } from './redline.ts';
import { unitChanges } from './units.ts';
import { strengthChanges, type StrengthScale } from './strength.ts';
import {
  CHANGE_KINDS,
  type ChangeKind,
  type CounterpartLink,
  type Counterparts,
  type LinkKind,
  type PlanPairSummary,
  type RedlineOp,
} from './types.ts';

export const COUNTERPART_PARAMETERS = {
  /** Character n-gram length for the index, for boilerplate and for what counts as informative. */
  gram: 6,
  /** An n-gram in more than this share of all measures is boilerplate (鼓励金融机构, 按照市场化原则). */
  boilerplateShare: 0.05,
  /** …but an n-gram in this many measures or fewer never is (a small corpus has no boilerplate share). */
  boilerplateMinMeasures: 4,
  /** A candidate must share at least this many informative n-grams with the measure. */
  minSharedGrams: 3,
  /**
   * Candidates kept per measure, best first by shared n-grams: bounds the diffs and the links per
   * measure. The five plans never need more than 4 (6 finds the same links); where a measure has
   * many near-copies (the scale corpus), more would only add links to yet another copy.
   */
  maxCandidates: 4,
  /** Local alignment: score a stretch must reach to count (≈ informative characters net of gaps). */
  minSegmentScore: 8,
  /** Local alignment: what one inserted or deleted character costs inside a stretch. */
  gapCost: 0.5,
  /** A link needs at least this many informative aligned characters (a clause or two, not a phrase). */
  minAlignedChars: 23,
  /**
   * …or the same lead sentence (the measure's heading), at least this long: a heading carried over
   * marks the same provision even when its body was replaced (荣昌 10 keeps 潼南 10's heading).
   */
  minTitleChars: 8,
  /** adapted: the larger of the two shares at least this (most of one measure is the other's provision). */
  adaptedShare: 0.4,
} as const;

export type CounterpartParameters = typeof COUNTERPART_PARAMETERS;

/** Plans from the earliest issued to the latest (dateIssued, then slug). */
export function chronologicalPlans(library: Library): string[] {
  return library.plans
    .map((plan) => ({ slug: plan.slug, date: plan.meta.dateIssued }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug))
    .map((plan) => plan.slug);
}

export interface CounterpartInputs {
  names: NameTable;
  agencies: AgencyRegistry;
  scale: StrengthScale;
  /** content/targets.yaml, for targets dropped or changed (optional: without it, none are reported). */
  targets?: TargetTable;
}

interface Prepared {
  measure: Measure;
  tokens: Token[];
  text: string;
  /** The lead sentence, normalised like the text. */
  title: string;
  grams: Set<string>;
  /** Clauses and their informative n-grams (set once the boilerplate is known). */
  prepared?: PreparedText;
}

function gramsOf(text: string, n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= text.length; i++) grams.add(text.slice(i, i + n));
  return grams;
}

/** Printed characters of the tokens marked in `mask`, over all printed characters (white space not counted). */
function share(tokens: readonly Token[], mask: readonly boolean[]): number {
  let aligned = 0;
  let total = 0;
  tokens.forEach((token, k) => {
    const length = token.text.replace(/\s/g, '').length;
    total += length;
    if (mask[k]) aligned += length;
  });
  return total === 0 ? 0 : Math.round((aligned / total) * 1000) / 1000;
}

/**
 * Pairs of plans whose shared wording can only be common wording: plans of different provinces
 * where neither names the other among its basis documents. What they share short of the same text
 * is stock phrasing of national documents, not text one plan took from the other.
 */
export function unrelatedPlans(library: Library): Set<string> {
  const pairs = new Set<string>();
  for (const a of library.plans)
    for (const b of library.plans) {
      const cites = (x: typeof a, y: typeof a) => x.meta.basis.some((basis) => basis.plan === y.slug);
      if (a.meta.region.province !== b.meta.region.province && !cites(a, b) && !cites(b, a))
        pairs.add(`${a.slug}|${b.slug}`);
    }
  return pairs;
}

/**
 * The kind of a link. Copied (照搬) means the same text apart from name substitutions and width or
 * white-space forms: a redline with nothing inserted or deleted, so no wording, actor, action,
 * figure or target can have changed. Otherwise common wording between unrelated plans (see
 * unrelatedPlans), else adapted when most of one side is aligned, else partial.
 */
export function linkKind(
  fromShare: number,
  toShare: number,
  redline: readonly RedlineOp[],
  p: CounterpartParameters = COUNTERPART_PARAMETERS,
  commonWordingOnly = false,
): LinkKind {
  if (sameTextApartFromNames(redline)) return 'copied';
  if (commonWordingOnly) return 'common';
  if (Math.max(fromShare, toShare) >= p.adaptedShare) return 'adapted';
  return 'partial';
}

/** The measures' prepared texts, the boilerplate n-grams and the candidate pairs (earlier, later) from the index. */
export function candidatePairs(library: Library, names: NameTable, p: CounterpartParameters = COUNTERPART_PARAMETERS) {
  const order = chronologicalPlans(library);
  const rank = new Map(order.map((slug, i) => [slug, i]));
  const classIds = names.classes.map((c) => c.id);
  const prepared: Prepared[] = library.measures.map((measure) => {
    const tokens = tokenize(measure.substance, names.namesOf(measure.plan), classIds);
    const text = normalised(tokens);
    const title = normalised(tokenize(measure.title, names.namesOf(measure.plan), classIds));
    return { measure, tokens, text, title, grams: gramsOf(text, p.gram) };
  });
  const frequency = new Map<string, number>();
  for (const m of prepared) for (const g of m.grams) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const limit = Math.max(p.boilerplateMinMeasures, p.boilerplateShare * prepared.length);
  const boilerplate = new Set([...frequency].filter(([, count]) => count > limit).map(([g]) => g));
  for (const m of prepared) m.prepared = prepareText(m.text, boilerplate, p.gram);
  const index = invertedIndex(prepared.map((m) => [...m.grams].filter((g) => !boilerplate.has(g))));

  const pairs = new Map<string, [number, number]>();
  prepared.forEach((m, a) => {
    const ranked = [...index.candidates(a)]
      .filter(([b, shared]) => prepared[b]!.measure.plan !== m.measure.plan && shared >= p.minSharedGrams)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, p.maxCandidates);
    for (const [b] of ranked) {
      const [early, late] = rank.get(m.measure.plan)! < rank.get(prepared[b]!.measure.plan)! ? [a, b] : [b, a];
      pairs.set(`${early}:${late}`, [early, late]);
    }
  });
  const sorted = [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { order, prepared, boilerplate, pairs: sorted };
}

/** Builds the link between two prepared measures, or undefined when they are not counterparts. */
function linkOf(
  from: Prepared,
  to: Prepared,
  boilerplate: ReadonlySet<string>,
  inputs: CounterpartInputs,
  p: CounterpartParameters,
  unrelated: boolean,
): { link: CounterpartLink; fromMask: boolean[]; toMask: boolean[] } | undefined {
  const params: AlignParameters = { gram: p.gram, minSegmentScore: p.minSegmentScore, gapCost: p.gapCost };
  const alignment = alignTexts(from.prepared!, to.prepared!, boilerplate, params);
  const sameTitle = from.title === to.title && from.title.length >= p.minTitleChars;
  if (alignment.informative.size < p.minAlignedChars && !sameTitle) return undefined;
  // A link: the whole-measure diff is its redline, and also finds stretches that run across clauses.
  const diffs = diffTexts(from.text, to.text);
  addWholeStretches(alignment, diffs, from.text, boilerplate, params);
  const fromShare = share(from.tokens, alignment.fromMask);
  const toShare = share(to.tokens, alignment.toMask);
  const redline = redlineOf(from.tokens, to.tokens);
  const units = unitChanges(from.measure, to.measure, inputs.agencies);
  const link: CounterpartLink = {
    from: from.measure.id,
    to: to.measure.id,
    kind: linkKind(fromShare, toShare, redline, p, unrelated),
    fromShare,
    toShare,
    substitutions: substitutionsOf(diffs, from.tokens, to.tokens),
    fromPassages: passages(from.tokens, alignment.fromMask),
    toPassages: passages(to.tokens, alignment.toMask),
    redline,
    units,
    strength: strengthChanges({
      from: from.measure,
      to: to.measure,
      diffs,
      fromTokens: from.tokens,
      toTokens: to.tokens,
      fromMask: alignment.fromMask,
      toMask: alignment.toMask,
      units,
      scale: inputs.scale,
      targets: inputs.targets?.targets,
    }),
  };
  return { link, fromMask: alignment.fromMask, toMask: alignment.toMask };
}

/** Runs of aligned tokens as [start, end) offsets into the printed text the tokens make up. */
export function passages(tokens: readonly Token[], mask: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  let offset = 0;
  tokens.forEach((token, k) => {
    const end = offset + token.text.length;
    if (mask[k]) {
      const last = runs.at(-1);
      if (last && last[1] === offset) last[1] = end;
      else runs.push([offset, end]);
    }
    offset = end;
  });
  return runs;
}

/** Printed characters (white space not counted) of the tokens, and of those marked in `mask`. */
function characters(tokens: readonly Token[], mask?: readonly boolean[]): number {
  let n = 0;
  tokens.forEach((token, k) => {
    if (!mask || mask[k]) n += token.text.replace(/\s/g, '').length;
  });
  return n;
}

/**
 * Every link between the plans. `scan: true` compares every cross-plan pair instead of the index's
 * candidates: the reference the index is tested against (its cost grows with the square of the corpus).
 */
export function computeCounterparts(
  library: Library,
  inputs: CounterpartInputs,
  p: CounterpartParameters = COUNTERPART_PARAMETERS,
  { scan = false }: { scan?: boolean } = {},
): { counterparts: Counterparts; compared: number } {
  const candidates = candidatePairs(library, inputs.names, p);
  const { order, prepared, boilerplate } = candidates;
  const rank = new Map(order.map((slug, i) => [slug, i]));
  const pairs: [number, number][] = [];
  if (scan) {
    prepared.forEach((m, a) =>
      prepared.forEach((n, b) => {
        if (rank.get(m.measure.plan)! < rank.get(n.measure.plan)!) pairs.push([a, b]);
      }),
    );
  } else pairs.push(...candidates.pairs);
  // Earlier plan first, then the earlier measure in its plan's order, then the later plan and measure.
  const key = ([a, b]: [number, number]) => [
    rank.get(prepared[a]!.measure.plan)!,
    a,
    rank.get(prepared[b]!.measure.plan)!,
    b,
  ];
  const ordered = [...pairs].sort((x, y) => {
    const kx = key(x);
    const ky = key(y);
    return kx.reduce((d, v, i) => d || v - ky[i]!, 0);
  });
  const links: CounterpartLink[] = [];
  // Per measure and other plan: which of its characters any link to that plan aligns.
  const covered = new Map<string, boolean[]>();
  const cover = (m: number, otherPlan: string, mask: readonly boolean[]) => {
    const key = `${m}|${otherPlan}`;
    let union = covered.get(key);
    if (!union) covered.set(key, (union = Array.from({ length: mask.length }, () => false)));
    for (let k = 0; k < mask.length; k++) if (mask[k]) union[k] = true;
  };
  const unrelated = unrelatedPlans(library);
  for (const [a, b] of ordered) {
    const [from, to] = [prepared[a]!, prepared[b]!];
    const found = linkOf(from, to, boilerplate, inputs, p, unrelated.has(`${from.measure.plan}|${to.measure.plan}`));
    if (!found) continue;
    links.push(found.link);
    // Common wording is listed but not counted as text carried from one plan to the other.
    if (found.link.kind === 'common') continue;
    cover(a, prepared[b]!.measure.plan, found.fromMask);
    cover(b, prepared[a]!.measure.plan, found.toMask);
  }
  return {
    counterparts: { plans: order, links, pairs: pairSummaries(order, prepared, links, covered) },
    compared: pairs.length,
  };
}

/**
 * One summary per pair of plans with at least one link (so the list grows with the links, not with
 * the square of the plans): links by kind, measures linked, and the share of each plan's measure
 * characters aligned with the other (each character counted once, however many links align it).
 */
function pairSummaries(
  order: readonly string[],
  prepared: readonly Prepared[],
  links: readonly CounterpartLink[],
  covered: ReadonlyMap<string, boolean[]>,
): PlanPairSummary[] {
  const index = new Map(prepared.map((m, i) => [m.measure.id, i]));
  const planOf = (id: string) => prepared[index.get(id)!]!.measure.plan;
  const total = new Map<string, number>();
  for (const m of prepared) total.set(m.measure.plan, (total.get(m.measure.plan) ?? 0) + characters(m.tokens));
  const byPair = new Map<string, CounterpartLink[]>();
  for (const l of links) {
    const key = `${planOf(l.from)}|${planOf(l.to)}`;
    byPair.set(key, [...(byPair.get(key) ?? []), l]);
  }
  const carried = (ids: Set<string>, otherPlan: string) => {
    let n = 0;
    for (const id of ids)
      n += characters(prepared[index.get(id)!]!.tokens, covered.get(`${index.get(id)}|${otherPlan}`));
    return n;
  };
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const summaries: PlanPairSummary[] = [];
  order.forEach((earlier, i) =>
    order.slice(i + 1).forEach((later) => {
      const pairLinks = byPair.get(`${earlier}|${later}`);
      if (!pairLinks) return;
      // Measures linked and text carried count text passed on: common wording is left out.
      const carriedLinks = pairLinks.filter((l) => l.kind !== 'common');
      const fromIds = new Set(carriedLinks.map((l) => l.from));
      const toIds = new Set(carriedLinks.map((l) => l.to));
      const count = (kind: string) => pairLinks.filter((l) => l.kind === kind).length;
      const changes = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
      for (const l of pairLinks) for (const c of l.strength) changes[c.kind]++;
      summaries.push({
        earlier,
        later,
        copied: count('copied'),
        adapted: count('adapted'),
        partial: count('partial'),
        common: count('common'),
        earlierLinked: fromIds.size,
        laterLinked: toIds.size,
        earlierCarried: round(carried(fromIds, later) / total.get(earlier)!),
        laterFromEarlier: round(carried(toIds, earlier) / total.get(later)!),
        changes,
      });
    }),
  );
  return summaries;
}
