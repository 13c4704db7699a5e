/**
 * The lineage of the library: plans in the order they were issued, how much text flows from each
 * earlier plan into each later one, which master-plan measures the districts carried, what each
 * plan added, and shared text that more likely comes from a document outside the library.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { CounterpartLink, LinkKind } from './types.ts';
import { KIND_ORDER, type CounterpartIndex } from './views.ts';
import { pairKey, pairOfKey } from './partners.ts';

export interface LineagePlan {
  plan: Plan;
  /** 2023-03 */
  month: string;
  /** Outside the master plan's province: a control, not a descendant. */
  control: boolean;
}

export interface Flow {
  earlier: string;
  later: string;
  /** Share of the later plan's measure text found in the earlier plan, 0–1. */
  laterFromEarlier: number;
  /** Share of the earlier plan's measure text carried into the later plan, 0–1. */
  earlierIntoLater: number;
  links: number;
}

export interface Carried {
  district: string;
  /** The strongest kind of link from the master-plan measure into the district, or absent. */
  kind: LinkKind | 'absent';
  measures: Measure[];
}

export interface ExternalSource {
  earlier: string;
  later: string;
  document: { cited: string; documentNumber?: string };
  /** Links between the two plans neither of whose measures has any counterpart in the master plan. */
  links: CounterpartLink[];
  pairLinks: number;
}

export interface Lineage {
  plans: LineagePlan[];
  master: Plan | undefined;
  /** The district plans of the master plan's province. */
  districts: Plan[];
  /** One per pair with a compare page (every pair in a small library), in chronological order. */
  flows: Flow[];
  masterCarry: { measure: Measure; carried: Carried[] }[];
  /** Per plan after the first: measures with no counterpart in any earlier plan. */
  additions: { plan: Plan; measures: Measure[]; total: number }[];
  /** Pairs of those districts with a compare page that both cite a document outside the library. */
  external: ExternalSource[];
}

const planOfId = (id: string) => id.slice(0, id.indexOf('/'));

export function lineage(library: Library, index: CounterpartIndex): Lineage {
  const ordered = index.plans.map((slug) => library.plan(slug));
  const master = ordered.find((p) => p.meta.level === 'municipal-master-plan');
  const province = master?.meta.region.province;
  const plans = ordered.map((plan) => ({
    plan,
    month: plan.meta.dateIssued.slice(0, 7),
    control: province !== undefined && plan.meta.region.province !== province,
  }));
  // The master plan's own districts: bounded by a province's districts, not by the library.
  const districts = ordered.filter((p) => p.meta.level === 'district-plan' && p.meta.region.province === province);

  // Only pairs with a compare page: the number of pairs grows with the square of the library.
  const flows: Flow[] = [...index.pairPages].map((key) => {
    const [earlier, later] = pairOfKey(key);
    const summary = index.pairSummaries.get(key);
    return {
      earlier,
      later,
      laterFromEarlier: summary?.laterFromEarlier ?? 0,
      earlierIntoLater: summary?.earlierCarried ?? 0,
      links: summary ? summary.copied + summary.adapted + summary.partial : 0,
    };
  });

  const linksOf = (id: string) => index.byMeasure.get(id) ?? [];
  const masterCarry = (master?.measures ?? []).map((measure) => ({
    measure,
    carried: districts.map((district): Carried => {
      const links = linksOf(measure.id).filter((l) => l.from === measure.id && planOfId(l.to) === district.slug);
      const kind = KIND_ORDER.find((k) => links.some((l) => l.kind === k)) ?? 'absent';
      return { district: district.slug, kind, measures: links.map((l) => library.measure(l.to)) };
    }),
  }));

  const additions = ordered.slice(1).map((plan) => ({
    plan,
    measures: plan.measures.filter((m) => !linksOf(m.id).some((l) => l.to === m.id)),
    total: plan.measures.length,
  }));

  const external: ExternalSource[] = [];
  const touchesMaster = (id: string) =>
    master !== undefined && linksOf(id).some((l) => planOfId(l.from) === master.slug || planOfId(l.to) === master.slug);
  const isDistrict = new Set(districts.map((d) => d.slug));
  for (const key of index.pairPages) {
    const [earlier, later] = pairOfKey(key);
    if (!isDistrict.has(earlier) || !isDistrict.has(later)) continue;
    const document = sharedExternalBasis(library.plan(earlier), library.plan(later));
    if (!document) continue;
    const pairLinks = index.byPair.get(pairKey(earlier, later)) ?? [];
    const links = pairLinks.filter((l) => !touchesMaster(l.from) && !touchesMaster(l.to));
    external.push({ earlier, later, document, links, pairLinks: pairLinks.length });
  }

  return { plans, master, districts, flows, masterCarry, additions, external };
}

/** A basis document both plans cite that is not in the library (matched by 文号, else by title). */
export function sharedExternalBasis(a: Plan, b: Plan): { cited: string; documentNumber?: string } | undefined {
  const key = (basis: { cited: string; documentNumber?: string | null }) => basis.documentNumber ?? basis.cited;
  const outside = (p: Plan) => p.meta.basis.filter((basis) => !basis.plan);
  const theirs = new Set(outside(b).map(key));
  const found = outside(a).find((basis) => theirs.has(key(basis)));
  return found ? { cited: found.cited, documentNumber: found.documentNumber ?? undefined } : undefined;
}
