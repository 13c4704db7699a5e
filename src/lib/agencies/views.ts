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
import { PLANS_AS_COLUMNS, planColumns, type PlanColumn } from '#lib/plan/columns.ts';
import { heatmapGeometry } from '#lib/charts/heatmap.ts';
import { percent } from '#lib/site/format.ts';

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
    ].map(library.measure);
  // The agency's own plans, in library order (not a scan of every plan).
  const order = (plan: Plan) => library.plans.indexOf(plan);
  return agency.plans
    .map((slug) => library.plan(slug))
    .sort((a, b) => order(a) - order(b))
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
export function agenciesPage(library: Library, registry: AgencyRegistry, limit: number = PLANS_AS_COLUMNS) {
  const perPlan = leadSharesByType(library, registry).filter((s) => s.withLead > 0);
  /** Plans that name no lead unit, so cannot be compared. */
  const led = new Set(perPlan.map((s) => s.plan));
  const silent = library.plans.filter((p) => !led.has(p.slug));
  const plans = perPlan.map((s) => library.plan(s.plan));
  // One column per plan; with many plans, one per province (src/lib/plan/columns.ts).
  const columns = leadSharesByColumn(perPlan, planColumns(plans, limit));
  const byColumn = new Map(columns.map((c) => [c.column.id, new Map(c.types.map((t) => [t.type, t]))]));
  const share = (column: string, type: string): TypeShare => byColumn.get(column)!.get(type)!;
  const usedTypes = registry.types.filter((t) => columns.some((c) => share(c.column.id, t.id).measures > 0));
  // A unit named by many plans (a national regulator) names the first `limit` and counts the rest.
  const planNames = (agency: Agency) => {
    const names = agency.plans.slice(0, limit).map((slug) => library.plan(slug).meta.shortName);
    return agency.plans.length > limit ? `${names.join('、')}等 ${agency.plans.length} 份方案` : names.join('、');
  };
  const geometry = heatmapGeometry({
    rows: usedTypes.map((t) => ({ id: t.id, label: t.name })),
    columns: columns.map((c) => ({ id: c.column.id, label: c.column.label })),
    value: (type, column) => share(column, type).share,
    format: (v) => (v === 0 ? '' : sharePercent(v)),
    max: 1,
    rowLabelWidth: 170,
  });
  // The heat map's accessible description reads out every non-empty cell, column by column.
  const description = `行是单位类型，列是${columns.length === plans.length ? '方案' : '省份'}；格中百分比为该类单位牵头的举措占该方案列明牵头单位举措的比例。${columns
    .map(
      (c) =>
        `${c.column.label}：${usedTypes
          .filter((t) => share(c.column.id, t.id).measures > 0)
          .map((t) => `${t.name} ${sharePercent(share(c.column.id, t.id).share)}`)
          .join('，')}`,
    )
    .join('。')}`;
  const typeRows = usedTypes.map((type) => ({
    type,
    cells: columns.map((c) => {
      const s = share(c.column.id, type.id);
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
    columns: columns.map((c) => c.column),
    withLead: columns.map((c) => c.withLead),
    geometry,
    description,
    typeRows,
    mostNamed,
    byType,
  };
}

type PlanLeadShares = ReturnType<typeof leadSharesByType>[number];

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
