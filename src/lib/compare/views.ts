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
import { COMPARE_PARTNERS, comparePairPages, comparePartners, pairKey, pairOfKey } from './partners.ts';
import type { BuildContext } from '#lib/build/context.ts';
import { firstThenCount, message, wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { lineage, sharedExternalBasis } from './lineage.ts';
import { plansListedOneByOne } from '#lib/plan/columns.ts';
import { barGeometry } from '#lib/charts/bars.ts';
import {
  ANCHORS,
  compareAnchor,
  comparePath,
  hash,
  compareMeasurePath,
  PAIR_ANCHORS,
  pairLinkAnchor,
  measurePath,
  pagePath,
  planPath,
  withAnchor,
} from '#lib/site/paths.ts';
import { measureDesignation, measureDesignationIn } from '#lib/plan/labels.ts';
import { percent } from '#lib/site/format.ts';
import { measureEnglish, planNames } from '#lib/translation/translation.ts';
import { piecesIn, unitNamesIn, type TextPiece } from './labels.ts';
import { groupedRedline } from './redline-view.ts';
import { redirectWords } from '#lib/site/views.ts';
import { ALSO_IN_SHOWN, markParagraphs, type SharedPassage } from './passages.ts';

/**
 * "Share of A's text found in B" through the counterpart links (Counterparts.pairs), printed the
 * same way wherever it is shown: the pair page's summary, the /compare/ chart and table.
 */
export const alignedShare = (share: number): string => percent(share, 1);

export const KIND_ORDER: readonly LinkKind[] = ['copied', 'adapted', 'partial'];

/** Editorial names of the link kinds. */
export function kindLabel(kind: LinkKind, locale: Locale = 'zh-CN'): string {
  return message(`compare.kind.${kind}`, {}, locale);
}

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

/** The editorial labels of a strength change: what moved, and which way. */
export function strengthBadge(change: StrengthChange, locale: Locale = 'zh-CN'): { label: string; detail: string } {
  const say = wordsOf(locale);
  const detail =
    change.from !== null && change.to !== null
      ? say('compare.strength.changed', { from: change.from, to: change.to })
      : change.from !== null
        ? say('compare.strength.dropped', { from: change.from })
        : say('compare.strength.added', { to: change.to ?? '' });
  return {
    label: say('compare.strength.label', {
      kind: say(`compare.strength.kind.${change.kind}`),
      direction: say(`compare.strength.direction.${change.direction}`),
    }),
    detail,
  };
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

const month = (plan: Plan, locale: Locale) => {
  const [year, m] = plan.meta.dateIssued.split('-');
  return message('date.yearMonth', { year: year!, month: Number(m) }, locale);
};

/**
 * Editorial: which plan is earlier and what that implies about who took from whom. `shared` is a
 * basis document both plans cite from outside the library, if any.
 */
export function provenanceNote(
  earlier: Plan,
  later: Plan,
  shared?: { cited: string; documentNumber?: string },
  locale: Locale = 'zh-CN',
  name: (plan: Plan) => string = (plan) => plan.meta.shortName,
): string {
  const say = wordsOf(locale);
  const a = name(earlier);
  const b = name(later);
  const dates = say('compare.provenance.dates', { a, b, aMonth: month(earlier, locale), bMonth: month(later, locale) });
  if (later.meta.basis.some((basis) => basis.plan === earlier.slug))
    return dates + say('compare.provenance.basis', { a, b });
  if (earlier.meta.region.province !== later.meta.region.province)
    return dates + say('compare.provenance.otherProvince');
  const common = shared
    ? say('compare.provenance.sharedSource', {
        cited: shared.cited,
        documentNumber: shared.documentNumber
          ? say('compare.external.documentNumber', { number: shared.documentNumber })
          : '',
      })
    : say('compare.provenance.unknownSource');
  return dates + say('compare.provenance.sameProvince', { a, b, common });
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
export function compareIndexPage(
  ctx: Pick<BuildContext, 'library' | 'counterpartIndex' | 'translations'>,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library, counterpartIndex: index } = ctx;
  const view = lineage(library, index);
  const names = (plan: Plan) => planNames(ctx.translations, plan, locale);
  const name = (slug: string) => names(library.plan(slug)).shortName;
  const titled = (plan: Plan, m: Measure) =>
    `${measureDesignationIn(plan, m, locale)} ${locale === 'en' ? measureEnglish(ctx.translations, m).title : m.title}`;
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
  const share = alignedShare;
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
        plans: ordered.map((plan) => ({ slug: plan.slug, name: names(plan).shortName })),
        // Preselected: the second plan and the second-to-last, a pair that shows something.
        selectedA: ordered[1]?.slug,
        selectedB: ordered[ordered.length - 2]?.slug,
        pages: everyPair ? undefined : pairs.map(([a, b]) => comparePath(a.slug, b.slug, index.plans, locale)),
        edition: locale,
        words: {
          a: say('compare.picker.a'),
          b: say('compare.picker.b'),
          submit: say('compare.picker.submit'),
          sameTwice: say('compare.picker.sameTwice'),
          noPage: say('compare.picker.noPage'),
        },
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
            href: comparePath(a.slug, b.slug, index.plans, locale),
            label: say('compare.pair.label', { a: names(a).shortName, b: names(b).shortName }),
          }))
        : null,
      groups: oneByOne
        ? null
        : ordered.map((plan) => ({
            lead: say('compare.pairs.groupLead', { name: names(plan).shortName }),
            partners: (index.pagePartners.get(plan.slug) ?? []).map((other) => ({
              href: comparePath(plan.slug, other, index.plans, locale),
              name: name(other),
            })),
          })),
      separator: say('list.separator'),
    },
    lineage: {
      heading: say('compare.lineage.heading'),
      plans: view.plans.map((p) => ({
        href: planPath(p.plan.slug, locale),
        name: names(p.plan).shortName,
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
        definition: say('compare.overlap.definition'),
        columns: [
          say('compare.flow.column.pair'),
          say('compare.flow.column.links'),
          say('compare.flow.column.laterFromEarlier'),
          say('compare.flow.column.earlierIntoLater'),
        ],
        rows: view.flows.map((f) => ({
          href: comparePath(f.earlier, f.later, index.plans, locale),
          label: say('compare.flow.pair', { earlier: name(f.earlier), later: name(f.later) }),
          links: f.links,
          laterFromEarlier: alignedShare(f.laterFromEarlier),
          earlierIntoLater: alignedShare(f.earlierIntoLater),
        })),
      },
    },
    master: master
      ? {
          heading: say('compare.master.heading'),
          intro:
            names(master).shortName +
            (masterExcerpt ? say('compare.master.excerpt') : '') +
            say('compare.master.intro'),
          caption: say('compare.master.caption'),
          columns: [names(master).shortName, ...view.districts.map((d) => names(d).shortName)],
          rows: view.masterCarry.map((row) => ({
            href: measurePath(row.measure, locale),
            label: titled(master, row.measure),
            cells: row.carried.map((c) =>
              c.kind === 'absent'
                ? { kind: null, kindLabel: '', absent: say('compare.master.absent'), href: '', label: '' }
                : {
                    kind: c.kind,
                    kindLabel: kindLabel(c.kind, locale),
                    absent: null,
                    href: hasPairPage(index, master.slug, c.district)
                      ? compareMeasurePath(row.measure, c.district, index.plans, locale)
                      : measurePath(c.measures[0]!, locale),
                    label: c.measures
                      .map((m) => measureDesignationIn(library.plan(c.district), m, locale))
                      .join(say('list.separator')),
                  },
            ),
          })),
        }
      : null,
    additions: {
      heading: say('compare.additions.heading'),
      intro: piecesIn(
        say('compare.additions.intro', { counted: oneByOne ? '' : say('compare.additions.countedOnly') }) +
          (master && masterExcerpt
            ? say('compare.additions.masterExcerpt', {
                master: names(master).shortName,
                stopsAt: master.meta.completeness.stopsAt ?? say('compare.additions.midway'),
              })
            : ''),
        locale,
      ),
      plans: view.additions.map((a) => ({
        id: `additions-${a.plan.slug}`,
        heading: say('compare.additions.planHeading', {
          name: names(a.plan).shortName,
          count: a.measures.length,
          total: a.total,
        }),
        measures: oneByOne ? a.measures.map((m) => ({ href: measurePath(m, locale), label: titled(a.plan, m) })) : [],
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
                  href: comparePath(e.earlier, e.later, index.plans, locale),
                  label: say('compare.external.pair', { earlier: name(e.earlier), later: name(e.later) }),
                },
                text: piecesIn(
                  say('compare.external.text', {
                    pairLinks: e.pairLinks,
                    count: e.links.length,
                    master: master ? names(master).shortName : say('compare.external.masterFallback'),
                    cited: e.document.cited,
                    documentNumber: e.document.documentNumber
                      ? say('compare.external.documentNumber', { number: e.document.documentNumber })
                      : '',
                    later: name(e.later),
                    earlier: name(e.earlier),
                  }),
                  locale,
                ),
                linksLead: e.links.length > 0 ? say('compare.external.linksLead') : null,
                links: shown.map((l) => {
                  const from = library.measure(l.from);
                  const to = library.measure(l.to);
                  return {
                    href: compareMeasurePath(from, e.later, index.plans, locale),
                    label: say('compare.external.link', {
                      earlier: name(e.earlier),
                      from: measureDesignationIn(library.plan(e.earlier), from, locale),
                      later: name(e.later),
                      to: measureDesignationIn(library.plan(e.later), to, locale),
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
      dataLink: { href: pagePath('data', locale), label: say('compare.method.dataLink') },
      end: say('compare.method.end'),
    },
  };
}

/** The words of one counterpart block (src/components/CounterpartBlock.astro). */
function counterpartBlock(
  ctx: Pick<BuildContext, 'agencies'>,
  link: CounterpartLink,
  earlierPlan: Plan,
  from: Measure,
  measure: Measure,
  plan: Plan,
  names: { earlier: string; later: string },
  id: string,
  locale: Locale,
) {
  const say = wordsOf(locale);
  const first = measure.paragraphs[0]!;
  // Added units are printed in the later plan, removed ones in the earlier.
  const unitLines = [
    { id: 'compare.units.leadAdded', plan: measure.plan, names: link.units.leadAdded },
    { id: 'compare.units.leadRemoved', plan: from.plan, names: link.units.leadRemoved },
    { id: 'compare.units.responsibleAdded', plan: measure.plan, names: link.units.responsibleAdded },
    { id: 'compare.units.responsibleRemoved', plan: from.plan, names: link.units.responsibleRemoved },
  ] as const;
  const separator = say('compare.counterpart.separator');
  return {
    id,
    /** The block's heading names both measures, each linking to its page. */
    earlier: {
      href: measurePath(from, locale),
      label: say('compare.counterpart.heading', {
        plan: names.earlier,
        measure: measureDesignationIn(earlierPlan, from, locale),
      }),
    },
    later: {
      href: measurePath(measure, locale),
      label: say('compare.counterpart.heading', {
        plan: names.later,
        measure: measureDesignationIn(plan, measure, locale),
      }),
    },
    kind: link.kind,
    kindLabel: kindLabel(link.kind, locale),
    /** The plan's words are Chinese in both editions: marked on English pages. */
    lang: locale === 'en' ? ('zh-CN' as const) : undefined,
    // The label as printed (e.g. "7." or "（一）"), which the redline of the substance does not include.
    label: first.slice(0, first.length - measure.text.split('\n')[0]!.length),
    redline: groupedRedline(link.redline),
    units: measure.text.slice(measure.substance.length),
    /**
     * One editorial line: how much aligns, what changed in the unit lists (list by list), then each
     * other change with what moved. A lead unit's change is said by the unit lists, so it is not
     * repeated. One line rather than a list keeps the largest pair page light (README, "DOM size");
     * the plan's words quoted in it are marked on English pages.
     */
    notes: piecesIn(
      [
        say('compare.counterpart.share', {
          earlier: names.earlier,
          from: percent(link.fromShare, 0),
          to: percent(link.toShare, 0),
        }),
        ...unitLines
          .filter((line) => line.names.length > 0)
          .map(
            (line) =>
              say(line.id) + unitNamesIn(ctx.agencies, line.plan, line.names, locale).join(say('list.separator')),
          ),
        ...link.strength
          .filter((change) => change.kind !== 'lead' || unitLines.every((line) => line.names.length === 0))
          .map((change) =>
            say('compare.counterpart.change', {
              label: strengthBadge(change, locale).label,
              detail: changeDetail(ctx, change, from, measure, locale),
            }),
          ),
      ].join(separator),
      locale,
    ),
  };
}

export type CounterpartBlockView = ReturnType<typeof counterpartBlock>;

/**
 * What moved in a change, in the edition's words: the plan's words quoted as printed, except that
 * on English pages a changed lead unit is named by the registry's English.
 */
function changeDetail(
  ctx: Pick<BuildContext, 'agencies'>,
  change: StrengthChange,
  from: Measure,
  to: Measure,
  locale: Locale,
): string {
  if (change.kind !== 'lead' || locale !== 'en') return strengthBadge(change, locale).detail;
  const say = wordsOf(locale);
  const english = (m: Measure, printed: string | null) =>
    printed === null
      ? null
      : unitNamesIn(ctx.agencies, m.plan, m.units?.lead ?? [], locale).join(say('list.separator'));
  return strengthBadge({ ...change, from: english(from, change.from), to: english(to, change.to) }, locale).detail;
}

/** A measure's English (the editorial translation) as one paragraph naming it, for English pages only. */
function englishParagraph(
  ctx: Pick<BuildContext, 'translations'>,
  plan: Plan,
  measure: Measure,
  locale: Locale,
): string {
  const say = wordsOf(locale);
  return say('compare.translation.measure', {
    measure: say('compare.counterpart.heading', {
      plan: planNames(ctx.translations, plan, locale).shortName,
      measure: measureDesignationIn(plan, measure, locale),
    }),
    text: measureEnglish(ctx.translations, measure).text,
  });
}

/**
 * What /compare/<a>/<b>/ shows: for the canonical order, the pair's summary, the editorial note on
 * who is earlier, the measures found on one side only, the changes listed by kind, and A's other
 * measures each with its counterparts in B as redlines (which hold A's words as well, so A's text
 * is not printed a second time); on English pages the plans' words stay Chinese (the evidence) and
 * each row adds the English translation of its measures. For the reversed order, a redirect to the
 * canonical page.
 */
export function pairPage(
  ctx: Pick<BuildContext, 'library' | 'counterpartIndex' | 'translations' | 'agencies' | 'scale'>,
  route: { canonical: boolean; earlier: string; later: string },
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library, counterpartIndex: index } = ctx;
  const to = comparePath(route.earlier, route.later, index.plans, locale);
  if (!route.canonical)
    return { redirect: { ...redirectWords(to, say('compare.title'), locale), lang: locale }, page: null };
  const view = pairView(library, index, route.earlier, route.later);
  const { a, b, summary } = view;
  const aNames = planNames(ctx.translations, a, locale);
  const bNames = planNames(ctx.translations, b, locale);
  const A = aNames.shortName;
  const B = bNames.shortName;
  const english = locale === 'en';
  const measureRow = (plan: Plan, m: Measure) => ({
    id: compareAnchor(m),
    headingId: `${compareAnchor(m)}-h`,
    href: measurePath(m, locale),
    heading: say('compare.counterpart.heading', {
      plan: planNames(ctx.translations, plan, locale).shortName,
      measure: measureDesignationIn(plan, m, locale),
    }),
    measure: m,
    lang: english ? ('zh-CN' as const) : undefined,
  });
  // One folded paragraph per row, the measures' English one per line: the plans' words stay
  // Chinese above it (the evidence), and the page stays light (README, "DOM size").
  const translation = (measures: readonly [Plan, Measure][]) =>
    english
      ? {
          summary: say('compare.translation.summary'),
          text: measures.map(([plan, m]) => englishParagraph(ctx, plan, m, locale)).join('\n'),
        }
      : null;
  const onlyInA = view.rows.filter((row) => row.counterparts.length === 0);
  const matched = view.rows.filter((row) => row.counterparts.length > 0);
  // A B measure's first block keeps the measure's published anchor (compareMeasurePath); a later
  // block of the same measure gets the anchor of its link.
  const blockId = (link: CounterpartLink, to: Measure) =>
    view.firstAppearance.get(to.id) === link ? compareAnchor(to) : pairLinkAnchor(library.measure(link.from), to);
  const linkLabel = (c: LinkedCounterpart, from: Measure) => ({
    href: hash(blockId(c.link, c.measure)),
    label: say('compare.pair.linkLabel', {
      a: A,
      from: measureDesignationIn(a, from, locale),
      b: B,
      to: measureDesignationIn(b, c.measure, locale),
    }),
  });
  // The rows each count counts: one item per change (by kind) and one per link (by link kind).
  const changeLists = CHANGE_KINDS.filter((kind) => summary.changes[kind] > 0).map((kind) => ({
    id: PAIR_ANCHORS.change(kind),
    count: summary.changes[kind],
    summaryText: say(`compare.summary.changes.${kind}`, { count: summary.changes[kind] }),
    heading: say('compare.pair.listHeading', {
      count: summary.changes[kind],
      text: say(`compare.summary.changes.${kind}`, { count: summary.changes[kind] }),
    }),
    items: matched.flatMap((row) =>
      row.counterparts.flatMap((c) =>
        c.link.strength
          .filter((change) => change.kind === kind)
          .map((change) => ({
            ...linkLabel(c, row.measure),
            detail: piecesIn(changeDetail(ctx, change, row.measure, c.measure, locale), locale),
          })),
      ),
    ),
  }));
  const linkKinds: LinkKind[] = [...KIND_ORDER, 'common'];
  const linkLists = linkKinds
    .filter((kind) => kind !== 'common' || summary.common > 0)
    .map((kind) => ({
      id: PAIR_ANCHORS.links(kind),
      count: summary[kind],
      summaryText: say(`compare.summary.${kind}`),
      heading: say('compare.pair.listHeading', { count: summary[kind], text: say(`compare.summary.${kind}`) }),
      items: matched.flatMap((row) =>
        row.counterparts
          .filter((c) => c.link.kind === kind)
          .map((c) => ({ ...linkLabel(c, row.measure), detail: [] as TextPiece[] })),
      ),
    }));
  const compareIndex = pagePath('compare', locale);
  return {
    redirect: null,
    page: {
      title: say('compare.pair.title', { a: A, b: B }),
      description: say('compare.pair.description', { a: aNames.title, b: bNames.title }),
      breadcrumbs: [
        { href: compareIndex, label: say('compare.title') },
        { label: say('compare.pair.label', { a: A, b: B }) },
      ],
      heading: say('compare.pair.title', { a: A, b: B }),
      lead: {
        before: say('compare.pair.lead.before'),
        a: { href: planPath(a.slug, locale), label: aNames.title },
        middle: say('compare.pair.lead.middle'),
        b: { href: planPath(b.slug, locale), label: bNames.title },
        after: say('compare.pair.lead.after', { a: A }),
      },
      toc: {
        label: say('compare.pair.toc'),
        items: [
          { href: hash(PAIR_ANCHORS.summary), label: say('compare.summary.label') },
          { href: hash(PAIR_ANCHORS.onlyEarlier), label: say('compare.pair.onlyInHeading', { b: A }) },
          { href: hash(PAIR_ANCHORS.onlyLater), label: say('compare.pair.onlyInHeading', { b: B }) },
          ...(changeLists.length + linkLists.length > 0
            ? [{ href: hash(PAIR_ANCHORS.changes), label: say('compare.pair.changesHeading') }]
            : []),
          { href: hash(PAIR_ANCHORS.rows), label: say('compare.pair.rowsHeading', { a: A, b: B }) },
        ],
      },
      summary: {
        id: PAIR_ANCHORS.summary,
        label: say('compare.summary.label'),
        items: [
          ...linkLists.map((l) => ({ value: l.count, text: l.summaryText, href: hash(l.id) })),
          {
            value: onlyInA.length,
            text: say('compare.summary.onlyIn', { plan: A }),
            href: hash(PAIR_ANCHORS.onlyEarlier),
          },
          {
            value: summary.onlyInB,
            text: say('compare.summary.onlyIn', { plan: B }),
            href: hash(PAIR_ANCHORS.onlyLater),
          },
          {
            value: alignedShare(summary.aCarriedIntoB),
            text: say('compare.summary.textFoundIn', { from: A, to: B }),
            href: hash(PAIR_ANCHORS.overlap),
          },
          {
            value: alignedShare(summary.bFoundInA),
            text: say('compare.summary.textFoundIn', { from: B, to: A }),
            href: hash(PAIR_ANCHORS.overlap),
          },
          // Each kind of change counted apart, never added up (content/strength-scale.yaml, rules).
          ...changeLists.map((l) => ({ value: l.count, text: l.summaryText, href: hash(l.id) })),
        ],
      },
      overlap: {
        id: PAIR_ANCHORS.overlap,
        name: say('compare.overlap.name'),
        definition: say('compare.overlap.definition'),
      },
      changes: {
        id: PAIR_ANCHORS.changes,
        heading: say('compare.pair.changesHeading'),
        /** What the lists hold, then how the changes are told apart (content/strength-scale.yaml, rules). */
        intro: [say('compare.pair.changesIntro'), ...(locale === 'en' ? ctx.scale.rulesEn : ctx.scale.rules)].join(
          locale === 'en' ? ' ' : '',
        ),
        lists: [...changeLists, ...linkLists],
      },
      onlyInAHeading: say('compare.pair.onlyInHeading', { b: A }),
      onlyInAId: PAIR_ANCHORS.onlyEarlier,
      allKept: onlyInA.length === 0 ? say('compare.pair.allMatched', { a: B, b: A }) : null,
      onlyInA: onlyInA.map((row) => measureRow(a, row.measure)),
      onlyInBId: PAIR_ANCHORS.onlyLater,
      provenance: {
        tag: say('compare.provenance.tag'),
        text: piecesIn(
          provenanceNote(
            a,
            b,
            sharedExternalBasis(a, b),
            locale,
            (p) => planNames(ctx.translations, p, locale).shortName,
          ),
          locale,
        ),
      },
      legend: {
        deleted: say('compare.legend.deleted'),
        deletedText: say('compare.legend.deletedText', { a: A, b: B }),
        inserted: say('compare.legend.inserted'),
        insertedText: say('compare.legend.insertedText', { b: B }),
        method: { href: withAnchor(compareIndex, ANCHORS.method), label: say('compare.title') },
        end: say('compare.legend.end'),
      },
      rowsId: PAIR_ANCHORS.rows,
      rowsHeading: say('compare.pair.rowsHeading', { a: A, b: B }),
      rowsNote: onlyInA.length > 0 ? say('compare.pair.rowsNote', { a: A, count: onlyInA.length }) : null,
      // Measures with no counterpart stand in their own section above, not twice. A's words stand
      // in each redline (its deleted and unchanged words), so they are not printed again; its unit
      // list is on its page, and what changed in it is said under each redline.
      rows: matched.map((row) => ({
        id: compareAnchor(row.measure),
        counterparts: row.counterparts.map((c) =>
          counterpartBlock(
            ctx,
            c.link,
            a,
            row.measure,
            c.measure,
            b,
            { earlier: A, later: B },
            blockId(c.link, c.measure),
            locale,
          ),
        ),
        english: translation([[a, row.measure], ...row.counterparts.map((c) => [b, c.measure] as [Plan, Measure])]),
      })),
      onlyInBHeading: say('compare.pair.onlyInHeading', { b: B }),
      allMatched: view.onlyInB.length === 0 ? say('compare.pair.allMatched', { a: A, b: B }) : null,
      onlyInB: view.onlyInB.map((m) => measureRow(b, m)),
    },
  };
}

/** Word ends of Chinese text, by the segmenter built into Node and every browser. */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Moves each note marker that would split a word (社[1]会资本, a shared stretch ending inside 社会)
 * to the end of that word: the unshared piece after it is cut at the word's end and the marker goes
 * after the cut. The mark still covers exactly the shared characters.
 */
export function refsAtWordEnds<P extends { text: string; shared: boolean; ref: unknown }>(pieces: P[]): P[] {
  const text = pieces.map((p) => p.text).join('');
  const ends = new Set<number>([0, text.length]);
  for (const { index, segment } of WORDS.segment(text)) ends.add(index + segment.length);
  const out: P[] = [];
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    at += piece.text.length;
    const next = pieces[i + 1];
    if (!piece.ref || ends.has(at) || !next || next.shared) {
      out.push(piece);
      continue;
    }
    // The first word end after the marker, within the next (unshared) piece.
    let cut = at + 1;
    while (cut < at + next.text.length && !ends.has(cut)) cut++;
    out.push({ ...piece, ref: null });
    out.push({ ...next, text: next.text.slice(0, cut - at), ref: piece.ref });
    if (cut - at < next.text.length) out.push({ ...next, text: next.text.slice(cut - at), ref: null });
    at += next.text.length;
    i++;
  }
  return out;
}

/**
 * A measure's paragraphs with the passages it shares word for word with other plans marked, and a
 * numbered note per passage naming the measures it also stands in (the first ALSO_IN_SHOWN, then a
 * count): what src/components/MarkedMeasureText.astro renders.
 */
export function markedMeasure(
  library: Library,
  measure: Measure,
  passages: readonly SharedPassage[] | undefined,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { paragraphs, notes } = markParagraphs(measure, passages);
  const noteId = (n: number) => `shared-${compareAnchor(measure)}-${n}`;
  const separator = say('list.separator');
  const noteOf = (passage: SharedPassage) => {
    const { shown, count } = firstThenCount(passage.alsoIn, ALSO_IN_SHOWN, say('compare.shared.unit'), locale);
    const links = shown.map((id) => {
      const m = library.measure(id);
      const plan = library.plan(m.plan);
      return { href: measurePath(m), plan: plan.meta.shortName, measure: measureDesignation(plan, m) };
    });
    return { links, more: count ?? '' };
  };
  const described = notes.map(noteOf);
  const last = paragraphs.length - 1;
  return {
    paragraphs: paragraphs.map((paragraph, index) => ({
      units: paragraph.units,
      truncated: index === last && measure.truncated ? say('plan.truncated') : null,
      pieces: refsAtWordEnds(
        paragraph.pieces.map((piece) => ({
          text: piece.text,
          shared: piece.shared,
          ref:
            piece.shared && piece.note !== undefined
              ? {
                  href: hash(noteId(piece.note)),
                  id: piece.firstOfNote ? `${noteId(piece.note)}-ref` : undefined,
                  n: piece.note,
                  label: say('compare.shared.refLabel', {
                    n: piece.note,
                    names:
                      described[piece.note - 1]!.links.map((l) => l.plan + l.measure).join(separator) +
                      described[piece.note - 1]!.more,
                  }),
                }
              : null,
        })),
      ),
    })),
    notes: {
      label: say('compare.shared.notesLabel'),
      items: notes.map((passage, i) => ({
        id: noteId(i + 1),
        lead: say('compare.shared.alsoIn'),
        ...described[i]!,
        separator,
        groups:
          passage.alsoIn.length === 0 ? passage.groups.map((g) => library.plan(g).meta.shortName).join(separator) : '',
        back: { href: hash(`${noteId(i + 1)}-ref`), label: say('compare.shared.back', { n: i + 1 }) },
      })),
    },
  };
}

export type MarkedMeasureView = ReturnType<typeof markedMeasure>;
