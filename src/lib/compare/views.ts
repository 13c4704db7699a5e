/**
 * What the compare pages and the measure pages show, computed from the library and the
 * counterparts data. Every page reads its links through a CounterpartIndex built once per build,
 * so no page scans all links.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { ClosestOnTopic } from '#lib/alignment/alignment.ts';
import type { CounterpartLink, Counterparts, LinkKind, PlanPairSummary, StrengthChange } from './types.ts';
import { COMPARE_PARTNERS, comparePairPages, comparePartners, pairKey, pairOfKey } from './partners.ts';
import type { BuildContext } from '#lib/build/context.ts';
import { firstThenCount, wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { lineage } from './lineage.ts';
import { plansListedOneByOne } from '#lib/plan/columns.ts';
import { barGeometry } from '#lib/charts/bars.ts';
import { ANCHORS, comparePath, compareMeasurePath, measurePath, PAGES, planPath } from '#lib/site/paths.ts';
import { measureDesignation } from '#lib/plan/labels.ts';
import { percent } from '#lib/site/format.ts';

export const KIND_ORDER: readonly LinkKind[] = ['copied', 'adapted', 'partial'];

/** Editorial names of the link kinds. */
export const KIND_LABEL: Record<LinkKind, string> = { copied: '照搬', adapted: '改写', partial: '部分沿用' };

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
  onlyInA: number;
  onlyInB: number;
  /** Share of A's measure text (substance) aligned with B, 0–1 (Counterparts.pairs). */
  aCarriedIntoB: number;
  /** Share of B's measure text (substance) aligned with A, 0–1 (Counterparts.pairs). */
  bFoundInA: number;
  strengthChanges: number;
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
      onlyInA: rows.filter((r) => r.counterparts.length === 0).length,
      onlyInB: onlyInB.length,
      aCarriedIntoB: shares?.earlierCarried ?? 0,
      bFoundInA: shares?.laterFromEarlier ?? 0,
      strengthChanges: links.reduce((sum, l) => sum + l.strength.length, 0),
    },
    rows,
    onlyInB,
    firstAppearance,
  };
}

function planBySlug(library: Library, slug: string): Plan {
  return library.plan(slug);
}

/** The editorial labels of a strength change: what moved, and which way. */
const STRENGTH_KIND: Record<StrengthChange['kind'], string> = {
  verb: '措辞',
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

/** Beyond PLANS_AS_COLUMNS plans, the flow chart shows this many pairs, those with the highest share. */
export const CHART_FLOWS = 24;
/** Links named in a note on shared text from outside the library; the rest are counted. */
export const EXTERNAL_LINKS_NAMED = 12;
/** The flow chart's width and the width of its labels, in SVG units. */
const FLOW_CHART = { width: 320, labelWidth: 132 };

/**
 * What /compare/ shows: the pairs with a page, the plans in order with the flow of text between
 * them (chart and table), the master plan carried into the districts, each plan's own additions
 * and text that may come from a document outside the library. Up to PLANS_AS_COLUMNS plans the
 * page lists them one by one; beyond, pairs are grouped per plan and the chart and the additions
 * are cut to what stays readable.
 */
export function compareIndexPage(ctx: Pick<BuildContext, 'library' | 'counterpartIndex'>, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  const { library, counterpartIndex: index } = ctx;
  const view = lineage(library, index);
  const name = (slug: string) => library.plan(slug).meta.shortName;
  const ordered = view.plans.map((p) => p.plan);
  const pairs = [...index.pairPages].map((key) => {
    const [earlier, later] = pairOfKey(key);
    return [library.plan(earlier), library.plan(later)] as const;
  });
  const everyPair = everyPairHasPage(index);
  const oneByOne = plansListedOneByOne(ordered);
  const charted = oneByOne
    ? view.flows
    : [...view.flows].sort((x, y) => y.laterFromEarlier - x.laterFromEarlier).slice(0, CHART_FLOWS);
  const share = (v: number) => percent(v, 0);
  const geometry = barGeometry(
    {
      items: charted.map((f) => ({
        id: `${f.earlier}-${f.later}`,
        label: say('compare.flow.barLabel', { later: name(f.later), earlier: name(f.earlier) }),
        value: f.laterFromEarlier,
        text: share(f.laterFromEarlier),
      })),
      ...FLOW_CHART,
    },
    share,
  );
  const master = view.master;
  const masterExcerpt = master?.meta.completeness.status === 'excerpt';
  return {
    title: say('compare.title'),
    description: say('compare.description'),
    heading: say('compare.title'),
    lead: say('compare.lead'),
    pairs: {
      heading: say('compare.pairs.heading'),
      picker: {
        plans: ordered.map((plan) => ({ slug: plan.slug, name: plan.meta.shortName })),
        // Preselected: the second plan and the second-to-last, a pair that shows something.
        selectedA: ordered[1]?.slug,
        selectedB: ordered[ordered.length - 2]?.slug,
        pages: everyPair ? undefined : pairs.map(([a, b]) => comparePath(a.slug, b.slug, index.plans)),
        words: { a: say('compare.picker.a'), b: say('compare.picker.b'), submit: say('compare.picker.submit') },
      },
      note: everyPair
        ? null
        : say('compare.pairs.note', {
            plans: ordered.length,
            pairs: pairCount(index),
            partners: COMPARE_PARTNERS,
            pages: pairs.length,
          }),
      /** Up to PLANS_AS_COLUMNS plans: every pair with a page; beyond: per plan, its partners. */
      list: oneByOne
        ? pairs.map(([a, b]) => ({
            href: comparePath(a.slug, b.slug, index.plans),
            label: say('compare.pair.label', { a: a.meta.shortName, b: b.meta.shortName }),
          }))
        : null,
      groups: oneByOne
        ? null
        : ordered.map((plan) => ({
            lead: say('compare.pairs.groupLead', { name: plan.meta.shortName }),
            partners: (index.pagePartners.get(plan.slug) ?? []).map((other) => ({
              href: comparePath(plan.slug, other, index.plans),
              name: name(other),
            })),
          })),
      separator: say('list.separator'),
    },
    lineage: {
      heading: say('compare.lineage.heading'),
      plans: view.plans.map((p) => ({
        href: planPath(p.plan.slug),
        name: p.plan.meta.shortName,
        month: p.month,
        control: p.control ? say('compare.lineage.control') : null,
      })),
      chart: {
        geometry,
        title: say('compare.flow.chartTitle'),
        description: view.flows
          .map((f) =>
            say('compare.flow.described', {
              later: name(f.later),
              share: share(f.laterFromEarlier),
              earlier: name(f.earlier),
            }),
          )
          .join(say('compare.flow.describedSeparator')),
        caption:
          say('compare.flow.caption') +
          (charted.length < view.flows.length ? say('compare.flow.captionCut', { count: charted.length }) : '') +
          say('compare.flow.captionEnd'),
      },
      table: {
        caption: say('compare.flow.tableCaption'),
        columns: [
          say('compare.flow.column.pair'),
          say('compare.flow.column.links'),
          say('compare.flow.column.laterFromEarlier'),
          say('compare.flow.column.earlierIntoLater'),
        ],
        rows: view.flows.map((f) => ({
          href: comparePath(f.earlier, f.later, index.plans),
          label: say('compare.flow.pair', { earlier: name(f.earlier), later: name(f.later) }),
          links: f.links,
          laterFromEarlier: percent(f.laterFromEarlier),
          earlierIntoLater: percent(f.earlierIntoLater),
        })),
      },
    },
    master: master
      ? {
          heading: say('compare.master.heading'),
          intro:
            master.meta.shortName + (masterExcerpt ? say('compare.master.excerpt') : '') + say('compare.master.intro'),
          caption: say('compare.master.caption'),
          columns: [master.meta.shortName, ...view.districts.map((d) => d.meta.shortName)],
          rows: view.masterCarry.map((row) => ({
            href: measurePath(row.measure),
            label: `${measureDesignation(master, row.measure)} ${row.measure.title}`,
            cells: row.carried.map((c) =>
              c.kind === 'absent'
                ? { kind: null, absent: say('compare.master.absent'), href: '', label: '' }
                : {
                    kind: c.kind,
                    absent: null,
                    href: hasPairPage(index, master.slug, c.district)
                      ? compareMeasurePath(row.measure, c.district, index.plans)
                      : measurePath(c.measures[0]!),
                    label: c.measures
                      .map((m) => measureDesignation(library.plan(c.district), m))
                      .join(say('list.separator')),
                  },
            ),
          })),
        }
      : null,
    additions: {
      heading: say('compare.additions.heading'),
      intro:
        say('compare.additions.intro', { counted: oneByOne ? '' : say('compare.additions.countedOnly') }) +
        (master && masterExcerpt
          ? say('compare.additions.masterExcerpt', {
              master: master.meta.shortName,
              stopsAt: master.meta.completeness.stopsAt ?? say('compare.additions.midway'),
            })
          : ''),
      plans: view.additions.map((a) => ({
        id: `additions-${a.plan.slug}`,
        heading: say('compare.additions.planHeading', {
          name: a.plan.meta.shortName,
          count: a.measures.length,
          total: a.total,
        }),
        measures: oneByOne
          ? a.measures.map((m) => ({ href: measurePath(m), label: `${measureDesignation(a.plan, m)} ${m.title}` }))
          : [],
      })),
    },
    external:
      view.external.length === 0
        ? null
        : {
            heading: say('compare.external.heading'),
            tag: say('compare.external.tag'),
            items: view.external.map((e) => {
              const { shown, count } = firstThenCount(
                e.links,
                EXTERNAL_LINKS_NAMED,
                say('compare.external.unit'),
                locale,
              );
              return {
                pair: {
                  href: comparePath(e.earlier, e.later, index.plans),
                  label: say('compare.external.pair', { earlier: name(e.earlier), later: name(e.later) }),
                },
                text: say('compare.external.text', {
                  pairLinks: e.pairLinks,
                  count: e.links.length,
                  master: master?.meta.shortName ?? say('compare.external.masterFallback'),
                  cited: e.document.cited,
                  documentNumber: e.document.documentNumber
                    ? say('compare.external.documentNumber', { number: e.document.documentNumber })
                    : '',
                  later: name(e.later),
                  earlier: name(e.earlier),
                }),
                linksLead: e.links.length > 0 ? say('compare.external.linksLead') : null,
                links: shown.map((l) => {
                  const from = library.measure(l.from);
                  const to = library.measure(l.to);
                  return {
                    href: compareMeasurePath(from, e.later, index.plans),
                    label: say('compare.external.link', {
                      earlier: name(e.earlier),
                      from: measureDesignation(library.plan(e.earlier), from),
                      later: name(e.later),
                      to: measureDesignation(library.plan(e.later), to),
                    }),
                  };
                }),
                linksSeparator: say('compare.external.linksSeparator'),
                more: e.links.length > 0 ? count : null,
                end: say('compare.external.end'),
              };
            }),
          },
    method: {
      anchor: ANCHORS.method,
      heading: say('compare.method.heading'),
      text: say('compare.method.text'),
      dataLink: { href: PAGES.data, label: say('compare.method.dataLink') },
      end: say('compare.method.end'),
    },
  };
}
