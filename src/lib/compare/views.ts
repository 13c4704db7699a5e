/**
 * What the compare pages and the measure pages show, computed from the library and the
 * counterparts data. Every page reads its links through a CounterpartIndex built once per build,
 * so no page scans all links.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { ClosestOnTopic } from '#lib/alignment/alignment.ts';
import {
  CHANGE_KINDS,
  type ChangeKind,
  type CounterpartLink,
  type Counterparts,
  type LinkKind,
  type PlanPairSummary,
  type StrengthChange,
} from './types.ts';
import { comparePairPages, comparePartners, pairKey, pairOfKey } from './partners.ts';

export const KIND_ORDER: readonly LinkKind[] = ['copied', 'adapted', 'partial'];

/** Editorial names of the link kinds. */
export const KIND_LABEL: Record<LinkKind, string> = {
  copied: '照搬',
  adapted: '改写',
  partial: '部分沿用',
  common: '通用表述',
};

export interface CounterpartIndex {
  /** Plans in chronological order. */
  plans: readonly string[];
  /** Plan → its place in `plans`. */
  position: Map<string, number>;
  /** Measure id → its links (as earlier or later side), in data order. */
  byMeasure: Map<string, CounterpartLink[]>;
  /** `earlier later` → the links between the two plans. */
  byPair: Map<string, CounterpartLink[]>;
  /** `earlier later` → what the earlier plan passed to the later one (pairs with links only). */
  pairSummaries: Map<string, PlanPairSummary>;
  /** `earlier later` of every pair that has a compare page, in chronological order (partners.ts). */
  pairPages: ReadonlySet<string>;
  /** Plan → the plans it has a compare page with, in chronological order. */
  pagePartners: Map<string, string[]>;
}

const planOfId = (id: string) => id.slice(0, id.indexOf('/'));

/**
 * Indexes the links once per build. `basisOf` names the plans of the library a plan cites as its
 * basis: they always get a compare page with it.
 */
export function indexCounterparts(
  counterparts: Counterparts,
  basisOf: (plan: string) => readonly string[],
): CounterpartIndex {
  const byMeasure = new Map<string, CounterpartLink[]>();
  const byPair = new Map<string, CounterpartLink[]>();
  const push = <K>(map: Map<K, CounterpartLink[]>, key: K, link: CounterpartLink) => {
    const list = map.get(key);
    if (list) list.push(link);
    else map.set(key, [link]);
  };
  for (const link of counterparts.links) {
    push(byMeasure, link.from, link);
    push(byMeasure, link.to, link);
    push(byPair, pairKey(planOfId(link.from), planOfId(link.to)), link);
  }
  const pairSummaries = new Map(counterparts.pairs.map((p) => [pairKey(p.earlier, p.later), p]));
  const pairPages = new Set(
    comparePairPages(
      counterparts.plans,
      comparePartners({ plans: counterparts.plans, pairs: counterparts.pairs, basisOf }),
    ),
  );
  // Pages come in chronological order of the earlier plan, then the later: each list comes out
  // chronological once the earlier partners are put before the later ones.
  const earlierPartners = new Map<string, string[]>(counterparts.plans.map((p) => [p, []]));
  const laterPartners = new Map<string, string[]>(counterparts.plans.map((p) => [p, []]));
  for (const key of pairPages) {
    const [earlier, later] = pairOfKey(key);
    laterPartners.get(earlier)!.push(later);
    earlierPartners.get(later)!.push(earlier);
  }
  const pagePartners = new Map(
    counterparts.plans.map((p) => [p, [...earlierPartners.get(p)!, ...laterPartners.get(p)!]]),
  );
  const position = new Map(counterparts.plans.map((p, i) => [p, i]));
  return { plans: counterparts.plans, position, byMeasure, byPair, pairSummaries, pairPages, pagePartners };
}

/** The plans of the library that a plan cites as its basis. */
export function basisInLibrary(library: Library, slug: string): string[] {
  return library.plan(slug).meta.basis.flatMap((basis) => (basis.plan ? [basis.plan] : []));
}

/** The number of pairs of plans, P(P−1)/2. */
export const pairCount = (index: CounterpartIndex): number => (index.plans.length * (index.plans.length - 1)) / 2;

/** Whether every pair of plans has a compare page (always up to COMPARE_PARTNERS + 1 plans). */
export const everyPairHasPage = (index: CounterpartIndex): boolean => index.pairPages.size === pairCount(index);

/** Whether the two plans have a compare page (in either order). */
export function hasPairPage(index: CounterpartIndex, a: string, b: string): boolean {
  return index.pairPages.has(pairKey(a, b)) || index.pairPages.has(pairKey(b, a));
}

/** The two plans earlier first. */
export function chronologicalPair(plans: readonly string[], a: string, b: string): [string, string] {
  return plans.indexOf(a) <= plans.indexOf(b) ? [a, b] : [b, a];
}

/**
 * The static paths of /compare/<a>/<b>/: every pair with a page (partners.ts), earlier plan first
 * (canonical), and the reversed order as a redirect to it.
 */
export function pairRoutes(index: CounterpartIndex) {
  return [...index.pairPages].flatMap((key) => {
    const [earlier, later] = pairOfKey(key);
    return [
      { params: { a: earlier, b: later }, props: { canonical: true, earlier, later } },
      { params: { a: later, b: earlier }, props: { canonical: false, earlier, later } },
    ];
  });
}

export interface LinkedCounterpart {
  link: CounterpartLink;
  measure: Measure;
}

export interface PairRow {
  measure: Measure;
  counterparts: LinkedCounterpart[];
}

export interface PairSummary {
  copied: number;
  adapted: number;
  partial: number;
  /** Links of common wording (LinkKind), not counted as text carried over. */
  common: number;
  onlyInA: number;
  onlyInB: number;
  /** Share of A's measure text (substance) aligned with B, 0–1 (Counterparts.pairs). */
  aCarriedIntoB: number;
  /** Share of B's measure text (substance) aligned with A, 0–1 (Counterparts.pairs). */
  bFoundInA: number;
  /** The links' changes counted by kind, each kind apart (never added up). */
  changes: Record<ChangeKind, number>;
}

export interface PairView {
  a: Plan;
  b: Plan;
  summary: PairSummary;
  /** A's measures in A's order, each with its counterparts in B (possibly none). */
  rows: PairRow[];
  /** B's measures with no counterpart in A, in B's order. */
  onlyInB: Measure[];
  /** B measure id → the link under which it first appears on the page, where its row id goes. */
  firstAppearance: Map<string, CounterpartLink>;
}

export function pairView(library: Library, index: CounterpartIndex, earlier: string, later: string): PairView {
  const a = planBySlug(library, earlier);
  const b = planBySlug(library, later);
  const links = index.byPair.get(pairKey(earlier, later)) ?? [];
  const measureById = new Map([...a.measures, ...b.measures].map((m) => [m.id, m]));
  const byFrom = new Map<string, CounterpartLink[]>();
  const byTo = new Map<string, CounterpartLink[]>();
  for (const link of links) {
    byFrom.set(link.from, [...(byFrom.get(link.from) ?? []), link]);
    byTo.set(link.to, [...(byTo.get(link.to) ?? []), link]);
  }
  const rows = a.measures.map((measure) => ({
    measure,
    counterparts: (byFrom.get(measure.id) ?? [])
      .map((link) => ({ link, measure: measureById.get(link.to)! }))
      .sort((x, y) => b.measures.indexOf(x.measure) - b.measures.indexOf(y.measure)),
  }));
  const onlyInB = b.measures.filter((m) => !byTo.has(m.id));
  const firstAppearance = new Map<string, CounterpartLink>();
  for (const row of rows)
    for (const c of row.counterparts) if (!firstAppearance.has(c.measure.id)) firstAppearance.set(c.measure.id, c.link);
  const shares = index.pairSummaries.get(pairKey(earlier, later));
  const count = (kind: LinkKind) => links.filter((l) => l.kind === kind).length;
  return {
    a,
    b,
    summary: {
      copied: count('copied'),
      adapted: count('adapted'),
      partial: count('partial'),
      common: count('common'),
      onlyInA: rows.filter((r) => r.counterparts.length === 0).length,
      onlyInB: onlyInB.length,
      aCarriedIntoB: shares?.earlierCarried ?? 0,
      bFoundInA: shares?.laterFromEarlier ?? 0,
      changes: changesByKind(links),
    },
    rows,
    onlyInB,
    firstAppearance,
  };
}

function planBySlug(library: Library, slug: string): Plan {
  return library.plan(slug);
}

/** How many changes of each kind the links carry. */
export function changesByKind(links: readonly CounterpartLink[]): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const link of links) for (const change of link.strength) counts[change.kind]++;
  return counts;
}

/** The summary line of each kind of change, in the order of CHANGE_KINDS. */
export const CHANGE_KIND_SUMMARY: Record<ChangeKind, string> = {
  verb: '处措辞强弱变化',
  actor: '处行动主体变化',
  action: '处行动改变',
  number: '处数字变化',
  deadline: '处期限变化',
  target: '处量化目标变化',
  lead: '处牵头单位变化',
};

/** The editorial labels of a strength change: what moved, and which way. */
const STRENGTH_KIND: Record<StrengthChange['kind'], string> = {
  verb: '措辞',
  actor: '行动主体',
  action: '行动',
  number: '数字',
  deadline: '期限',
  target: '目标',
  lead: '牵头单位',
};
const STRENGTH_DIRECTION: Record<StrengthChange['direction'], string> = {
  weaker: '减弱',
  stronger: '加强',
  changed: '改变',
  dropped: '删去',
  added: '新增',
};

export function strengthBadge(change: StrengthChange): { label: string; detail: string } {
  const detail =
    change.from !== null && change.to !== null
      ? `${change.from} → ${change.to}`
      : change.from !== null
        ? `删去“${change.from}”`
        : `新增“${change.to ?? ''}”`;
  return { label: `${STRENGTH_KIND[change.kind]}${STRENGTH_DIRECTION[change.direction]}`, detail };
}

export interface MeasureCounterpart {
  link: CounterpartLink;
  /** The measure on the other side of the link. */
  other: Measure;
  /** Whether the other measure is in the earlier plan (this one took from it) or the later. */
  side: 'earlier' | 'later';
}

/** A measure's counterparts in other plans, grouped by plan in chronological order. */
export function measureCounterparts(
  library: Library,
  index: CounterpartIndex,
  measureId: string,
): { plan: string; counterparts: MeasureCounterpart[] }[] {
  const byPlan = new Map<string, MeasureCounterpart[]>();
  for (const link of index.byMeasure.get(measureId) ?? []) {
    const earlier = link.to === measureId;
    const other = library.measure(earlier ? link.from : link.to);
    const list = byPlan.get(other.plan) ?? [];
    list.push({ link, other, side: earlier ? 'earlier' : 'later' });
    byPlan.set(other.plan, list);
  }
  const order = (m: Measure) => planBySlug(library, m.plan).measures.indexOf(m);
  return [...byPlan.keys()]
    .sort((x, y) => index.position.get(x)! - index.position.get(y)!)
    .map((plan) => ({ plan, counterparts: byPlan.get(plan)!.sort((x, y) => order(x.other) - order(y.other)) }));
}

export interface RelatedInPlan {
  plan: string;
  counterparts: MeasureCounterpart[];
  /** The closest measure of that plan on a shared topic, when it is not already a counterpart. */
  sameTopic: ClosestOnTopic | null;
  /** Whether this plan and the measure's plan have a compare page (partners.ts). */
  comparePage: boolean;
}

/**
 * One list for the measure page: per other plan (chronological), its counterparts by text, then
 * the closest same-topic measure unless that is already listed as a counterpart. The plans listed
 * are those with a counterpart and those of `closest` (every other plan in a small library, the
 * closest few at scale), so the list does not grow with the library.
 */
export function relatedMeasures(
  library: Library,
  index: CounterpartIndex,
  closest: readonly ClosestOnTopic[],
  measureId: string,
): RelatedInPlan[] {
  const linked = new Map(measureCounterparts(library, index, measureId).map((g) => [g.plan, g.counterparts]));
  const own = planOfId(measureId);
  const nearest = new Map(closest.map((c) => [c.plan, c]));
  const listed = [...new Set([...linked.keys(), ...nearest.keys()])].filter((plan) => plan !== own);
  return listed
    .sort((x, y) => index.position.get(x)! - index.position.get(y)!)
    .map((plan) => {
      const counterparts = linked.get(plan) ?? [];
      const near = nearest.get(plan) ?? null;
      const duplicate = near?.measure != null && counterparts.some((c) => c.other.id === near.measure);
      return { plan, counterparts, sameTopic: duplicate ? null : near, comparePage: hasPairPage(index, own, plan) };
    });
}

const month = (plan: Plan) => {
  const [year, m] = plan.meta.dateIssued.split('-');
  return `${year}年${Number(m)}月`;
};

/**
 * Editorial: which plan is earlier and what that implies about who took from whom. `shared` is a
 * basis document both plans cite from outside the library, if any.
 */
export function provenanceNote(
  earlier: Plan,
  later: Plan,
  shared?: { cited: string; documentNumber?: string },
): string {
  const a = earlier.meta.shortName;
  const b = later.meta.shortName;
  const dates = `${a}方案印发于${month(earlier)}，早于${b}方案（${month(later)}）。`;
  if (later.meta.basis.some((basis) => basis.plan === earlier.slug))
    return `${dates}${b}方案明言以${a}方案为依据，相同的文字是${b}对${a}的落实与转述。`;
  if (earlier.meta.region.province !== later.meta.region.province)
    return `${dates}两地不在同一省份，也不互为依据；相同的文字更可能出自两者共同遵循的上级文件，而非相互借用。`;
  const common = shared
    ? `两者都引用《${shared.cited}》${shared.documentNumber ? `（${shared.documentNumber}）` : ''}，相同的文字也可能共同出自该文件。`
    : '';
  return `${dates}若有一方沿用另一方，只能是${b}沿用${a}；${common || '也可能两者都取自同一份未收入本库的文件。'}`;
}
