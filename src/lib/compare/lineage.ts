/**
 * The lineage of the library: plans in the order they were issued, how much text flows from each
 * earlier plan into each later one, which master-plan measures the districts carried, what each
 * plan added, and shared text that more likely comes from a document outside the library.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { CounterpartLink, LinkKind } from './types.ts';
import { KIND_ORDER, pairView, type CounterpartIndex } from './views.ts';

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
  districts: Plan[];
  flows: Flow[];
  masterCarry: { measure: Measure; carried: Carried[] }[];
  /** Per plan after the first: measures with no counterpart in any earlier plan. */
  additions: { plan: Plan; measures: Measure[]; total: number }[];
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
  const districts = ordered.filter((p) => p.meta.level === 'district-plan');

  const flows: Flow[] = [];
  ordered.forEach((earlier, i) => {
    for (const later of ordered.slice(i + 1)) {
      const view = pairView(library, index, earlier.slug, later.slug);
      const s = view.summary;
      flows.push({
        earlier: earlier.slug,
        later: later.slug,
        laterFromEarlier: s.bFoundInA,
        earlierIntoLater: s.aCarriedIntoB,
        links: s.copied + s.adapted + s.partial,
      });
    }
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
  districts.forEach((earlier, i) => {
    for (const later of districts.slice(i + 1)) {
      const document = sharedExternalBasis(earlier, later);
      if (!document) continue;
      const pairLinks = index.byPair.get(`${earlier.slug} ${later.slug}`) ?? [];
      const links = pairLinks.filter((l) => !touchesMaster(l.from) && !touchesMaster(l.to));
      external.push({ earlier: earlier.slug, later: later.slug, document, links, pairLinks: pairLinks.length });
    }
  });

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
