/** What the /reuse/ page shows: the matrix, and its findings in words with numbers picked from the alignment. */
import type { Alignment, ReuseEntry } from './alignment.ts';
import type { Library } from '#lib/plan/library.ts';
import { heatmapGeometry, type HeatmapGeometry } from '#lib/charts/heatmap.ts';
import { percent } from '#lib/site/format.ts';
import type { BuildContext } from '#lib/build/context.ts';
import { everyPairHasPage, hasPairPage } from '#lib/compare/views.ts';
import { plansListedOneByOne, provinceGroups } from '#lib/plan/columns.ts';
import { ANCHORS, comparePath, dataFilePath, pagePath } from '#lib/site/paths.ts';
import { wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { planNames, type TranslationTable } from '#lib/translation/translation.ts';

const cellIndexes = new WeakMap<
  Alignment,
  { cells: Map<string, ReuseEntry>; anyOther: Map<string, Alignment['reuseAnyOther'][number]> }
>();

/** The alignment's reuse figures by key, built once per alignment (pages look them up by the hundred). */
function indexOf(alignment: Alignment) {
  let index = cellIndexes.get(alignment);
  if (!index) {
    index = {
      cells: new Map(alignment.reuse.map((c) => [`${c.from} ${c.to}`, c])),
      anyOther: new Map(alignment.reuseAnyOther.map((r) => [r.plan, r])),
    };
    cellIndexes.set(alignment, index);
  }
  return index;
}

/**
 * The reuse of `from`'s text in `to`; undefined for a plan with itself. The alignment lists only
 * pairs that share text, so a pair it does not list shares nothing.
 */
export function reuseCell(alignment: Alignment, from: string, to: string): ReuseEntry | undefined {
  if (from === to) return undefined;
  const index = indexOf(alignment);
  const characters = index.anyOther.get(from)?.characters ?? 0;
  return index.cells.get(`${from} ${to}`) ?? { from, to, characters, shared: 0, generic: 0, share: 0, genericShare: 0 };
}

/** The ordered pair with the highest share, and the plan with the lowest share found anywhere else. */
export function reuseHighlights(alignment: Alignment) {
  const highest = [...alignment.reuse].sort((a, b) => b.share - a.share || a.from.localeCompare(b.from))[0]!;
  const leastShared = [...alignment.reuseAnyOther].sort(
    (a, b) => a.share - b.share || a.plan.localeCompare(b.plan),
  )[0]!;
  const mostShared = [...alignment.reuseAnyOther].sort((a, b) => b.share - a.share || a.plan.localeCompare(b.plan))[0]!;
  return { highest, leastShared, mostShared };
}

/** A plan's share of text found in any other plan; throws for a plan the alignment does not cover. */
export function reuseAnyOther(alignment: Alignment, plan: string): Alignment['reuseAnyOther'][number] {
  const entry = indexOf(alignment).anyOther.get(plan);
  if (entry === undefined) throw new Error(`the alignment has no reuse figure for plan "${plan}"`);
  return entry;
}

/**
 * A plan's short name in the edition of `locale` (planNames); without a translation table, the
 * plan's own (Chinese) name.
 */
function nameIn(library: Library, locale: Locale, translations: TranslationTable | undefined) {
  return (slug: string) => {
    const plan = library.plan(slug);
    return translations ? planNames(translations, plan, locale).shortName : plan.meta.shortName;
  };
}

/** Below this share of text found in a plan, the page says the plans have almost no text in common. */
export const NEARLY_NO_SHARED_TEXT = 0.05;

/**
 * The editorial findings at the top of /reuse/, as sentences. Every number in them is picked from
 * the alignment; the wording is the editors'.
 */
export function reuseFindings(
  library: Library,
  alignment: Alignment,
  locale: Locale = 'zh-CN',
  translations?: TranslationTable,
): string[] {
  const say = wordsOf(locale);
  const name = nameIn(library, locale, translations);
  const share = (from: string, to: string) => reuseCell(alignment, from, to)?.share ?? 0;
  const { highest, leastShared, mostShared } = reuseHighlights(alignment);
  const master = library.plans.find((p) => p.meta.level === 'municipal-master-plan');
  const peer = library.plans.find((p) => p.meta.region.province !== master?.meta.region.province);
  // The districts that implement the master plan: those of its province.
  const districts = library.plans.filter(
    (p) => p.meta.level === 'district-plan' && (!master || p.meta.region.province === master.meta.region.province),
  );
  const against = (other: string) =>
    districts
      .map((d) => say('reuse.findings.districtShare', { name: name(d.slug), share: percent(share(d.slug, other)) }))
      .join(say('reuse.findings.separator'));
  const findings = [
    say('reuse.findings.highest', { from: name(highest.from), share: percent(highest.share), to: name(highest.to) }),
    say('reuse.findings.mostAndLeast', {
      most: name(mostShared.plan),
      mostShare: percent(mostShared.share),
      least: name(leastShared.plan),
      leastShare: percent(leastShared.share),
    }),
  ];
  if (master) findings.push(say('reuse.findings.master', { shares: against(master.slug) }));
  if (peer) {
    const nearlyNone = Math.max(...districts.map((d) => share(d.slug, peer.slug))) < NEARLY_NO_SHARED_TEXT;
    findings.push(
      say('reuse.findings.peer', {
        peer: name(peer.slug),
        shares: against(peer.slug),
        end: say(nearlyNone ? 'reuse.findings.nearlyNone' : 'reuse.findings.end'),
      }),
    );
  }
  return findings;
}

/** The reuse matrix as a heat map: the row plan's text found in the column plan. */
export function reuseHeatmap(
  library: Library,
  alignment: Alignment,
  locale: Locale = 'zh-CN',
  translations?: TranslationTable,
): HeatmapGeometry {
  const say = wordsOf(locale);
  const name = nameIn(library, locale, translations);
  return heatmapGeometry({
    rows: library.plans.map((p) => ({ id: p.slug, label: say('reuse.heatmap.row', { name: name(p.slug) }) })),
    columns: library.plans.map((p) => ({ id: p.slug, label: say('reuse.column.in', { name: name(p.slug) }) })),
    value: (from, to) => (from === to ? null : (reuseCell(alignment, from, to)?.share ?? 0)),
    format: (v) => percent(v, 0),
    max: 1,
    rowLabelWidth: 150,
    cellWidth: 96,
    cellHeight: 34,
  });
}

const partnerIndexes = new WeakMap<Alignment, Map<string, ReuseEntry[]>>();

/** The plans `from`'s text is most found in, highest share first (for the reuse page with many plans). */
export function topReusePartners(alignment: Alignment, from: string, limit: number): ReuseEntry[] {
  let index = partnerIndexes.get(alignment);
  if (!index) {
    index = new Map();
    for (const cell of alignment.reuse) {
      const list = index.get(cell.from);
      if (list) list.push(cell);
      else index.set(cell.from, [cell]);
    }
    for (const list of index.values()) list.sort((a, b) => b.share - a.share || a.to.localeCompare(b.to));
    partnerIndexes.set(alignment, index);
  }
  return (index.get(from) ?? []).filter((c) => c.share > 0).slice(0, limit);
}

/** With many plans, each plan's row names the plans its text is most found in: this many. */
export const REUSE_PARTNERS_NAMED = 3;

/**
 * What /reuse/ shows: the findings in words; up to PLANS_AS_COLUMNS plans the plans × plans matrix
 * (heat map and table, cells linking the pair's compare page), beyond a row per plan grouped by
 * province (the square matrix would grow with the square of the library); then the method.
 */
export function reusePage(
  ctx: Pick<BuildContext, 'library' | 'alignment' | 'counterpartIndex' | 'translations'>,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library, alignment, counterpartIndex: counterparts, translations } = ctx;
  const name = nameIn(library, locale, translations);
  const oneByOne = plansListedOneByOne(library.plans);
  const minRun = alignment.parameters.minRun;
  const alignmentFile = { href: dataFilePath('alignment.json'), label: 'alignment.json' };
  const planHeader = say('reuse.column.plan');
  const anyHeader = say('reuse.column.anyOther');
  const rowHeader = (slug: string) =>
    say('reuse.row.plan', { name: name(slug), characters: reuseAnyOther(alignment, slug).characters });
  return {
    title: say('reuse.title'),
    description: say('reuse.description'),
    heading: say('reuse.title'),
    lead: say('reuse.lead'),
    findings: { tag: say('reuse.findings.tag'), items: reuseFindings(library, alignment, locale, translations) },
    matrix: oneByOne
      ? {
          heading: say('reuse.matrix.heading'),
          definition: say('reuse.measure.definition'),
          heatmap: {
            geometry: reuseHeatmap(library, alignment, locale, translations),
            title: say('reuse.heatmap.title'),
            description: say('reuse.heatmap.description'),
            caption: say('reuse.heatmap.caption'),
          },
          table: {
            caption: say('reuse.table.caption', { minRun }),
            columns: [
              planHeader,
              ...library.plans.map((p) => say('reuse.column.in', { name: name(p.slug) })),
              anyHeader,
            ],
            rows: library.plans.map((from) => ({
              header: rowHeader(from.slug),
              cells: library.plans.map((to) => {
                const cell = reuseCell(alignment, from.slug, to.slug);
                if (!cell) return null;
                const share = percent(cell.share);
                return {
                  share,
                  generic: say('reuse.table.generic', { share: percent(cell.genericShare) }),
                  link: hasPairPage(counterparts, from.slug, to.slug)
                    ? {
                        href: comparePath(from.slug, to.slug, counterparts.plans, locale),
                        label: say('reuse.table.cellLabel', {
                          share,
                          from: name(from.slug),
                          to: name(to.slug),
                        }),
                      }
                    : null,
                };
              }),
              any: percent(reuseAnyOther(alignment, from.slug).share),
            })),
          },
          after: {
            text:
              say(everyPairHasPage(counterparts) ? 'reuse.matrix.everyLinked' : 'reuse.matrix.someLinked') +
              say('reuse.matrix.pairOf'),
            link: { href: pagePath('compare', locale), label: say('reuse.matrix.compareLink') },
            end: say('reuse.matrix.compareEnd'),
          },
        }
      : null,
    perPlan: oneByOne
      ? null
      : {
          heading: say('reuse.perPlan.heading'),
          intro: say('reuse.perPlan.intro', { plans: library.plans.length, partners: REUSE_PARTNERS_NAMED }),
          dataLink: alignmentFile,
          end: say('reuse.perPlan.end'),
          columns: [planHeader, anyHeader, say('reuse.perPlan.partners')],
          groups: provinceGroups(library.plans).map((group) => ({
            province: group.province,
            /** The province's Chinese name, marked on English pages (no English name is stored). */
            provinceLang: locale === 'en' ? ('zh-CN' as const) : undefined,
            rows: group.plans.map((plan) => ({
              header: rowHeader(plan.slug),
              any: percent(reuseAnyOther(alignment, plan.slug).share),
              partners:
                topReusePartners(alignment, plan.slug, REUSE_PARTNERS_NAMED)
                  .map((c) => say('reuse.perPlan.partner', { name: name(c.to), share: percent(c.share) }))
                  .join(say('reuse.findings.separator')) || say('reuse.perPlan.none'),
            })),
          })),
        },
    method: {
      anchor: ANCHORS.method,
      heading: say('reuse.method.heading'),
      steps: [
        say('reuse.method.text'),
        say('reuse.method.run', { minRun }),
        say('reuse.method.share'),
        say('reuse.method.generic'),
      ],
      more: {
        before: say('reuse.method.topicsBefore'),
        topics: { href: pagePath('topics', locale), label: say('reuse.method.topicsLink') },
        middle: say('reuse.method.topicsAfter'),
        data: alignmentFile,
        end: say('reuse.method.end'),
      },
    },
  };
}
