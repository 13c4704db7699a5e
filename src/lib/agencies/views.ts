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
import type { BuildContext } from '#lib/build/context.ts';
import { nameFirstThenCount, wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { agencyPath, agencyTypeAnchor, measurePath, pagePath, planPath, taskInPlanPath } from '#lib/site/paths.ts';
import { measureEnglish } from '#lib/translation/translation.ts';
import { columnLabelIn, editionPlanNames, langPieces, rowLabelWidthIn } from '#lib/translation/edition-text.ts';
import { measureDesignationIn } from '#lib/plan/labels.ts';

/** A unit's or type's name in the edition of `locale`. */
const nameIn = (item: { name: string; nameEn: string }, locale: Locale) => (locale === 'en' ? item.nameEn : item.name);

/** Printed Chinese (aliases, jurisdictions, untranslated notes) is marked as such on English pages. */
const printedLang = (locale: Locale) => (locale === 'en' ? ('zh-CN' as const) : undefined);

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

/**
 * What /agencies/ shows: which types of unit lead in each plan, the most named units, all units by
 * type. Up to `limit` plans a column per plan, beyond a column per province; a unit named by more
 * than `limit` plans names the first `limit` and counts the rest.
 */
export function agenciesPage(
  ctx: Pick<BuildContext, 'library' | 'agencies'> & Partial<Pick<BuildContext, 'translations'>>,
  locale: Locale = 'zh-CN',
  limit: number = PLANS_AS_COLUMNS,
) {
  const say = wordsOf(locale);
  const { library, agencies: registry } = ctx;
  const separator = say('list.separator');
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
  const planNames = (agency: Agency) =>
    nameFirstThenCount(
      agency.plans.map((slug) => editionPlanNames(ctx, library.plan(slug), locale).shortName),
      limit,
      say('agencies.plansUnit'),
      locale,
    );
  const columnLabel = (column: PlanColumn) => columnLabelIn(ctx, column, locale);
  const geometry = heatmapGeometry({
    rows: usedTypes.map((t) => ({ id: t.id, label: nameIn(t, locale) })),
    columns: columns.map((c) => ({ id: c.column.id, label: columnLabel(c.column) })),
    value: (type, column) => share(column, type).share,
    format: (v) => (v === 0 ? '' : sharePercent(v)),
    max: 1,
    rowLabelWidth: rowLabelWidthIn(
      usedTypes.map((t) => nameIn(t, locale)),
      170,
      locale,
    ),
  });
  // The heat map's accessible description reads out every non-empty cell, column by column.
  const description =
    say('agencies.heatmap.description', {
      columns: say(columns.length === plans.length ? 'agencies.heatmap.plans' : 'agencies.heatmap.provinces'),
    }) +
    columns
      .map((c) =>
        say('agencies.heatmap.column', {
          column: columnLabel(c.column),
          cells: usedTypes
            .filter((t) => share(c.column.id, t.id).measures > 0)
            .map((t) =>
              say('agencies.heatmap.cell', {
                type: nameIn(t, locale),
                share: sharePercent(share(c.column.id, t.id).share),
              }),
            )
            .join(say('agencies.heatmap.cellSeparator')),
        }),
      )
      .join(say('agencies.heatmap.columnSeparator'));
  const typeRows = usedTypes.map((type) => ({
    type,
    name: nameIn(type, locale),
    cells: columns.map((c) => {
      const s = share(c.column.id, type.id);
      return s.measures === 0
        ? say('agencies.table.none')
        : say('agencies.table.cell', { measures: s.measures, share: sharePercent(s.share) });
    }),
  }));
  const mostNamed = mostNamedAgencies(registry).map((row) => {
    const agency = registry.agency(row.agency);
    return {
      ...row,
      agency,
      name: nameIn(agency, locale),
      typeName: nameIn(registry.type(agency.type), locale),
      planNames: planNames(agency),
    };
  });
  const byType: { type: AgencyType; agencies: { agency: Agency; planNames: string }[] }[] = registry.types
    .map((type) => ({
      type,
      agencies: registry.agencies
        .filter((a) => a.type === type.id)
        .map((agency) => ({ agency, planNames: planNames(agency) })),
    }))
    .filter((group) => group.agencies.length > 0);
  const silentNames = silent.map((p) => editionPlanNames(ctx, p, locale).shortName);
  return {
    title: say('agencies.title'),
    pageDescription: say('agencies.description'),
    heading: say('agencies.heading'),
    lead: say('agencies.lead', { count: registry.agencies.length }),
    reform: {
      tag: say('agencies.reform.tag'),
      paragraphs: (locale === 'en' ? registry.notes.regulatorReformEn : registry.notes.regulatorReform).split('\n'),
    },
    leadTypes: {
      heading: say('agencies.leadTypes.heading'),
      method: say('agencies.leadTypes.method'),
      silent: silentNames.length > 0 ? say('agencies.leadTypes.silent', { plans: silentNames.join(separator) }) : null,
      chartTitle: say('agencies.heatmap.title'),
      chartCaption: say('agencies.heatmap.caption'),
      caption: say('agencies.table.caption'),
      corner: say('agencies.table.type'),
      withLeadLabel: say('agencies.table.withLead'),
    },
    mostNamedWords: {
      heading: say('agencies.mostNamed.heading'),
      caption: say('agencies.mostNamed.caption'),
      columns: [
        say('agencies.mostNamed.agency'),
        say('agencies.mostNamed.type'),
        say('agencies.mostNamed.plans'),
        say('agencies.mostNamed.lead'),
        say('agencies.mostNamed.responsible'),
        say('agencies.mostNamed.total'),
      ],
    },
    all: { heading: say('agencies.all.heading') },
    silentNames,
    plans,
    columns: columns.map((c) => ({ ...c.column, label: columnLabel(c.column) })),
    withLead: columns.map((c) => c.withLead),
    geometry,
    description,
    typeRows,
    mostNamed: mostNamed.map((row) => ({ ...row, href: agencyPath(row.agency.id, locale) })),
    byType: byType.map((group) => ({
      ...group,
      name: nameIn(group.type, locale),
      /** The type's name in the other language, beside the heading. */
      otherName:
        locale === 'en'
          ? { text: group.type.name, lang: 'zh-CN' as const }
          : { text: group.type.nameEn, lang: 'en' as const },
      anchor: agencyTypeAnchor(group.type.id),
      agencies: group.agencies.map((a) => {
        const line = say('agencies.all.line', { plans: a.planNames, aliases: a.agency.aliases.join(separator) });
        return {
          ...a,
          name: nameIn(a.agency, locale),
          href: agencyPath(a.agency.id, locale),
          line,
          // The aliases are printed Chinese: on English pages the line is cut so they can be marked.
          pieces: locale === 'en' ? langPieces(line) : [{ text: line, zh: false }],
        };
      }),
    })),
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

/** The static paths of /agencies/<id>/ from the build context. */
export function agencyPaths(ctx: Pick<BuildContext, 'agencies'>) {
  return agencyRoutes(ctx.agencies);
}

/** What /agencies/<id>/ shows: the unit's facts, then per plan the measures and annex tasks it leads or shares. */
export function agencyPage(
  ctx: Pick<BuildContext, 'library' | 'agencies'> & Partial<Pick<BuildContext, 'translations'>>,
  route: { agency: Agency },
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library, agencies: registry } = ctx;
  const { agency } = route;
  const separator = say('list.separator');
  const measureLinks = (plan: Plan, measures: readonly Measure[]) => ({
    none: say('agencies.agency.none'),
    items: measures.map((m) => ({
      href: measurePath(m, locale),
      label: say('plan.measureTitled', {
        designation: measureDesignationIn(plan, m, locale),
        title: locale === 'en' && ctx.translations ? measureEnglish(ctx.translations, m).title : m.title,
      }),
    })),
  });
  const name = nameIn(agency, locale);
  const lang = printedLang(locale);
  return {
    title: name,
    description: say('agencies.agency.description', { name }),
    breadcrumbs: [{ href: pagePath('agencies', locale), label: say('agencies.title') }, { label: name }],
    facts: [
      ...(locale === 'en' ? [{ term: say('agencies.agency.chineseName'), value: agency.name, lang }] : []),
      { term: say('agencies.agency.type'), value: nameIn(registry.type(agency.type), locale), lang: undefined },
      { term: say('agencies.agency.jurisdiction'), value: agency.jurisdiction, lang },
      { term: say('agencies.agency.aliases'), value: agency.aliases.join(separator), lang },
    ],
    editorial: say('agencies.agency.editorial'),
    // An English note may name a Chinese word as printed: cut out so the template marks it.
    note: agency.note
      ? locale === 'en'
        ? { pieces: langPieces(agency.noteEn ?? agency.note) }
        : { pieces: [{ text: agency.note, zh: false }] }
      : null,
    groups: agencyMeasures(library, registry, agency).map((g) => ({
      id: `plan-${g.plan.slug}`,
      plan: { href: planPath(g.plan.slug, locale), title: editionPlanNames(ctx, g.plan, locale).title },
      lead: { heading: say('agencies.agency.lead', { count: g.lead.length }), list: measureLinks(g.plan, g.lead) },
      responsible: {
        heading: say('agencies.agency.responsible', { count: g.responsible.length }),
        list: measureLinks(g.plan, g.responsible),
      },
      tasks:
        g.tasks.length === 0
          ? null
          : {
              heading: say('agencies.agency.tasks'),
              items: g.tasks.map((t) => ({
                href: taskInPlanPath(g.plan.slug, t.task, locale),
                label: say('plan.annex.task', { number: t.task }),
                role: say('agencies.agency.role', {
                  role: say(t.role === 'lead' ? 'agencies.agency.role.lead' : 'agencies.agency.role.responsible'),
                }),
              })),
            },
    })),
  };
}
