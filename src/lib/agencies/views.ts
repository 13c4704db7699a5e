/** What the agency pages show: the lead-type comparison, the most named units, each unit's measures. */
import {
  leadSharesByType,
  mostNamedAgencies,
  type AgencyRegistry,
  type Agency,
  type AgencyType,
  type TypeShare,
  type UnitMention,
} from './agencies.ts';
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import { heatmapGeometry } from '#lib/charts/heatmap.ts';
import { percent } from '#lib/site/format.ts';

export interface AgencyMeasures {
  plan: Plan;
  lead: Measure[];
  responsible: Measure[];
  /** Annex tasks naming the unit, with the role the annex gives it. */
  tasks: (UnitMention & { task: number })[];
}

export function agencyMeasures(library: Library, registry: AgencyRegistry, agency: Agency): AgencyMeasures[] {
  const mine = registry.mentions.filter((m) => m.agency === agency.id);
  const measuresFor = (plan: string, role: 'lead' | 'responsible') =>
    [
      ...new Set(mine.filter((m) => m.plan === plan && m.role === role && m.task === undefined).map((m) => m.measure)),
    ].map(library.measure);
  return library.plans
    .filter((plan) => agency.plans.includes(plan.slug))
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

/** A share as the /agencies/ page prints it: whole percent. */
const sharePercent = (share: number) => percent(share, 0);

/** What /agencies/ shows: which types of unit lead in each plan, the most named units, all units by type. */
export function agenciesPage(library: Library, registry: AgencyRegistry) {
  const shares = leadSharesByType(library, registry).filter((s) => s.withLead > 0);
  const byPlan = new Map(shares.map((s) => [s.plan, new Map(s.types.map((t) => [t.type, t]))]));
  const share = (plan: string, type: string): TypeShare => byPlan.get(plan)!.get(type)!;
  /** Plans that name no lead unit, so cannot be compared. */
  const silent = library.plans.filter((p) => !byPlan.has(p.slug));
  const plans = shares.map((s) => library.plan(s.plan));
  const usedTypes = registry.types.filter((t) => plans.some((p) => share(p.slug, t.id).measures > 0));
  const planNames = (agency: Agency) => agency.plans.map((slug) => library.plan(slug).meta.shortName).join('、');
  const geometry = heatmapGeometry({
    rows: usedTypes.map((t) => ({ id: t.id, label: t.name })),
    columns: plans.map((p) => ({ id: p.slug, label: p.meta.shortName })),
    value: (type, plan) => share(plan, type).share,
    format: (v) => (v === 0 ? '' : sharePercent(v)),
    max: 1,
    rowLabelWidth: 170,
  });
  // The heat map's accessible description reads out every non-empty cell, plan by plan.
  const description = `行是单位类型，列是方案；格中百分比为该类单位牵头的举措占该方案列明牵头单位举措的比例。${plans
    .map(
      (p) =>
        `${p.meta.shortName}：${usedTypes
          .filter((t) => share(p.slug, t.id).measures > 0)
          .map((t) => `${t.name} ${sharePercent(share(p.slug, t.id).share)}`)
          .join('，')}`,
    )
    .join('。')}`;
  const typeRows = usedTypes.map((type) => ({
    type,
    cells: plans.map((p) => {
      const s = share(p.slug, type.id);
      return s.measures === 0 ? '—' : `${s.measures}（${sharePercent(s.share)}）`;
    }),
  }));
  const mostNamed = mostNamedAgencies(registry).map((row) => {
    const agency = registry.agency(row.agency);
    return { ...row, agency, typeName: registry.type(agency.type).name, planNames: planNames(agency) };
  });
  const byType: { type: AgencyType; agencies: { agency: Agency; planNames: string }[] }[] = registry.types
    .map((type) => ({
      type,
      agencies: registry.agencies
        .filter((a) => a.type === type.id)
        .map((agency) => ({ agency, planNames: planNames(agency) })),
    }))
    .filter((group) => group.agencies.length > 0);
  return {
    silentNames: silent.map((p) => p.meta.shortName),
    plans,
    withLead: shares.map((s) => s.withLead),
    geometry,
    description,
    typeRows,
    mostNamed,
    byType,
  };
}
