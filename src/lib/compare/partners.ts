/**
 * Which pairs of plans get a compare page. With P plans there are P(P−1)/2 pairs, so the site
 * cannot build them all at a hundred plans (4,950 pages); each plan instead gets a page with its
 * `COMPARE_PARTNERS` most related plans, and a pair is built when either plan picks the other.
 * Up to COMPARE_PARTNERS + 1 plans that is every pair. The work is linear: each plan looks only at
 * the pairs it has links with, its basis and its neighbours in time.
 */
import type { PlanPairSummary } from './types.ts';

/** How many partners each plan picks (the plans it cites as basis come on top when they exceed it). */
export const COMPARE_PARTNERS = 8;

export interface PartnerInputs {
  /** The plans in chronological order (Counterparts.plans). */
  plans: readonly string[];
  /** The plan pairs with at least one counterpart link (Counterparts.pairs). */
  pairs: readonly PlanPairSummary[];
  /** The plans of the library that a plan cites as its basis. */
  basisOf: (plan: string) => readonly string[];
}

/**
 * Each plan's partners, in the order they were picked:
 * 1. the plans it cites as its basis (always, even beyond the limit);
 * 2. the plans it shares most text with, either way (share of the earlier plan's text carried
 *    into the later one plus share of the later plan's text found in the earlier one);
 * 3. up to the limit, the plans issued nearest in time, so that every plan has its partners
 *    even when it shares no text (a pair page then says so, which is itself a finding).
 */
export function comparePartners(
  { plans, pairs, basisOf }: PartnerInputs,
  limit: number = COMPARE_PARTNERS,
): Map<string, string[]> {
  const position = new Map(plans.map((slug, i) => [slug, i]));
  const flows = new Map<string, { other: string; flow: number }[]>();
  const addFlow = (plan: string, other: string, flow: number) => {
    const list = flows.get(plan);
    if (list) list.push({ other, flow });
    else flows.set(plan, [{ other, flow }]);
  };
  for (const pair of pairs) {
    const flow = pair.earlierCarried + pair.laterFromEarlier;
    addFlow(pair.earlier, pair.later, flow);
    addFlow(pair.later, pair.earlier, flow);
  }

  const partners = new Map<string, string[]>();
  plans.forEach((plan, i) => {
    const picked = new Set<string>();
    const pick = (other: string | undefined) => {
      if (other !== undefined && other !== plan && position.has(other)) picked.add(other);
    };
    for (const basis of basisOf(plan)) pick(basis);
    const ranked = (flows.get(plan) ?? []).sort(
      (x, y) => y.flow - x.flow || position.get(x.other)! - position.get(y.other)!,
    );
    for (const { other } of ranked) {
      if (picked.size >= limit) break;
      pick(other);
    }
    for (let distance = 1; picked.size < limit && distance < plans.length; distance++) {
      pick(plans[i - distance]);
      if (picked.size < limit) pick(plans[i + distance]);
    }
    partners.set(plan, [...picked]);
  });
  return partners;
}

/** The key of a pair, earlier plan first: `earlier later`. */
export const pairKey = (earlier: string, later: string): string => `${earlier} ${later}`;

/** The two plans of a pair key, earlier first. */
export const pairOfKey = (key: string): [earlier: string, later: string] => key.split(' ') as [string, string];

/**
 * The pairs with a compare page, as `earlier later` keys in chronological order of the earlier
 * plan, then of the later: a pair is built when either plan picked the other.
 */
export function comparePairPages(plans: readonly string[], partners: ReadonlyMap<string, readonly string[]>): string[] {
  const position = new Map(plans.map((slug, i) => [slug, i]));
  const pairs: [number, number][] = [];
  const seen = new Set<string>();
  for (const [plan, picked] of partners) {
    for (const other of picked) {
      const [a, b] = [position.get(plan)!, position.get(other)!].sort((x, y) => x - y) as [number, number];
      const key = pairKey(plans[a]!, plans[b]!);
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([a, b]);
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([a, b]) => pairKey(plans[a]!, plans[b]!));
}
