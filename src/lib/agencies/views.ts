/** What the agency pages show: each unit's measures, and a unit's mentions grouped for display. */
import type { AgencyRegistry, Agency, UnitMention, leadSharesByType } from './agencies.ts';
import type { PlanColumn } from '#lib/plan/columns.ts';

type PlanLeadShares = ReturnType<typeof leadSharesByType>[number];
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import { measureById, planBySlug } from '#lib/plan/lookup.ts';

export interface AgencyMeasures {
  plan: Plan;
  lead: Measure[];
  responsible: Measure[];
  /** Annex tasks naming the unit, with the role the annex gives it. */
  tasks: (UnitMention & { task: number })[];
}

const mentionIndexes = new WeakMap<AgencyRegistry, Map<string, UnitMention[]>>();

/** Agency id → its mentions, built once per registry (each agency page would otherwise scan them all). */
function mentionsOf(registry: AgencyRegistry, agency: string): UnitMention[] {
  let index = mentionIndexes.get(registry);
  if (!index) {
    index = new Map();
    for (const m of registry.mentions) {
      const list = index.get(m.agency);
      if (list) list.push(m);
      else index.set(m.agency, [m]);
    }
    mentionIndexes.set(registry, index);
  }
  return index.get(agency) ?? [];
}

export function agencyMeasures(library: Library, registry: AgencyRegistry, agency: Agency): AgencyMeasures[] {
  const mine = mentionsOf(registry, agency.id);
  const measuresFor = (plan: string, role: 'lead' | 'responsible') =>
    [
      ...new Set(mine.filter((m) => m.plan === plan && m.role === role && m.task === undefined).map((m) => m.measure)),
    ].map((id) => measureById(library, id)!);
  return agency.plans
    .map((slug) => planBySlug(library, slug)!)
    .sort((a, b) => library.plans.indexOf(a) - library.plans.indexOf(b))
    .map((plan) => ({
      plan,
      lead: measuresFor(plan.slug, 'lead'),
      responsible: measuresFor(plan.slug, 'responsible'),
      tasks: mine.filter((m): m is UnitMention & { task: number } => m.plan === plan.slug && m.task !== undefined),
    }));
}

/** For a measure page: each printed unit name with the agency it resolves to. */
export function unitLinks(registry: AgencyRegistry, plan: string, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, registry.resolve(plan, name)!.id]));
}

export function agencyRoutes(registry: AgencyRegistry) {
  return registry.agencies.map((agency) => ({ params: { id: agency.id }, props: { agency } }));
}

/** leadSharesByType gathered into comparison columns: measures and measures with a lead add up, shares are recomputed. */
export function leadSharesByColumn(byPlan: readonly PlanLeadShares[], columns: readonly PlanColumn[]) {
  const bySlug = new Map(byPlan.map((s) => [s.plan, s]));
  return columns.map((column) => {
    const own = column.plans.map((p) => bySlug.get(p.slug)!);
    const withLead = own.reduce((sum, s) => sum + s.withLead, 0);
    return {
      column,
      withLead,
      types: own[0]!.types.map(({ type }, i) => {
        const measures = own.reduce((sum, s) => sum + s.types[i]!.measures, 0);
        return { type, measures, share: withLead === 0 ? 0 : Math.round((measures / withLead) * 10_000) / 10_000 };
      }),
    };
  });
}
