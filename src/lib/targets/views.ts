/** What the targets page shows, and how it words a target: baseline, deadline, comparator (from the catalogue). */
import { comparableMetrics, isCountUnit, type Metric, type Target } from './targets.ts';
import { barGeometry, type BarGeometry } from '#lib/charts/bars.ts';
import { hash, metricChartId, pathInEdition, targetNoteAnchor } from '#lib/site/paths.ts';
import { blockKey, type TranslationTable } from '#lib/translation/translation.ts';
import { columnLabelIn, editionPlanNames, langPieces, placeIn } from '#lib/translation/edition-text.ts';
import type { Library } from '#lib/plan/library.ts';
import type { BuildContext } from '#lib/build/context.ts';
import { message, wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { PLANS_AS_COLUMNS, planColumns, plansListedOneByOne } from '#lib/plan/columns.ts';

const COMPARATOR_IDS = {
  '≥': 'targets.comparator.atLeast',
  '>': 'targets.comparator.above',
  '=': 'targets.comparator.equal',
  '≤': 'targets.comparator.atMost',
  '<': 'targets.comparator.below',
} as const satisfies Record<Target['comparator'], string>;

/** The comparator in words ("不低于"). */
export function comparatorText(target: Target, locale: Locale = 'zh-CN'): string {
  return message(COMPARATOR_IDS[target.comparator], {}, locale);
}

export function baselineText(target: Target, locale: Locale = 'zh-CN'): string {
  if (target.baseline === null) return message('targets.none', {}, locale);
  if ('year' in target.baseline) return message('targets.year', { year: target.baseline.year }, locale);
  return locale === 'en' ? target.baseline.textEn : target.baseline.text;
}

/**
 * A value in its English unit as an English reader writes it: 100 in "100 million yuan" → 10
 * billion yuan; 14 in "%" → 14%; 2 in "times" → 2 times.
 */
export function englishAmount(value: number, unitEn: string): { value: string; unit: string } {
  const hundredMillion = /^100 million (.+)$/.exec(unitEn);
  if (hundredMillion) {
    const millions = value * 100;
    return millions >= 1000
      ? { value: `${millions / 1000}`, unit: ` billion ${hundredMillion[1]}` }
      : { value: `${millions}`, unit: ` million ${hundredMillion[1]}` };
  }
  return { value: `${value}`, unit: unitEn === '%' ? '%' : ` ${unitEn}` };
}

/** A metric's name in the edition of `locale`. */
const metricName = (metric: Metric, locale: Locale) => (locale === 'en' ? metric.nameEn : metric.name);

/**
 * The English of the passage a target's quote stands in (the block at its location), for English
 * pages to give after the Chinese quote; null when the translation has none.
 */
function passageEnglish(library: Library, table: TranslationTable | undefined, target: Target): string | null {
  const plan = library.plan(target.plan);
  const index = plan.blocks.findIndex((b) => b.place === target.location);
  if (index < 0 || !table) return null;
  return table.bySlug.get(plan.slug)?.blocks.get(blockKey(plan.blocks[index]!, index))?.en ?? null;
}

export function deadlineText(target: Target, locale: Locale = 'zh-CN'): string {
  return target.deadline === null
    ? message('targets.deadline.unstated', {}, locale)
    : message('targets.year', { year: target.deadline }, locale);
}

export interface TargetChart {
  metric: Metric;
  /** The unit all its values share. */
  unit: string;
  geometry: BarGeometry;
  /** The chart's accessible description: every plan's figure as printed. */
  described: string;
}

/**
 * What /targets/ shows: the metric × plan table, a chart per comparable metric, the editorial notes.
 * Up to 12 plans the table has a column per plan; beyond, a column per province, where each figure
 * names its plan (src/lib/plan/columns.ts). Targets are indexed once by metric and plan.
 */
export function targetsPage(
  ctx: Pick<BuildContext, 'library' | 'targets'> & Partial<Pick<BuildContext, 'translations'>>,
  locale: Locale = 'zh-CN',
  limit: number = PLANS_AS_COLUMNS,
) {
  const say = wordsOf(locale);
  const en = locale === 'en';
  const { library, targets: table } = ctx;
  const name = (slug: string) => editionPlanNames(ctx, library.plan(slug), locale).shortName;
  /** Printed Chinese (figures as printed, quotes) is marked as such on English pages. */
  const printedLang = en ? ('zh-CN' as const) : undefined;
  const unitOf = (target: Target) => (en ? target.unitEn : target.unit);
  const columns = planColumns(library.plans, limit);
  const byProvince = !plansListedOneByOne(library.plans, limit);
  const byMetricAndPlan = new Map<string, Target[]>();
  for (const target of table.targets) {
    const key = `${target.metric} ${target.plan}`;
    const list = byMetricAndPlan.get(key);
    if (list) list.push(target);
    else byMetricAndPlan.set(key, [target]);
  }
  const rows = table.metrics.map((metric) => ({
    metric,
    name: metricName(metric, locale),
    /** The metric's name in the other language, beside it. */
    otherName: en ? { text: metric.name, lang: 'zh-CN' as const } : { text: metric.nameEn, lang: 'en' as const },
    cells: columns.map((column) =>
      column.plans.flatMap((plan) =>
        (byMetricAndPlan.get(`${metric.id} ${plan.slug}`) ?? []).map((target) => ({
          target,
          href: pathInEdition(target.url, locale),
          /** The figure: as printed on Chinese pages, its English on English pages. */
          value: en ? target.valueTextEn : target.valueText,
          noteAnchor: target.note === null ? null : targetNoteAnchor(target),
          noteHref: target.note === null ? null : hash(targetNoteAnchor(target)),
          deadline: say('targets.cell.deadline', { deadline: deadlineText(target, locale) }),
          /** The plan's name, set when a column holds several plans. */
          planName: byProvince ? name(plan.slug) : null,
          /** The plan's name as the cell prints it, before the figure. */
          planLabel: byProvince ? say('targets.cell.plan', { name: name(plan.slug) }) : null,
        })),
      ),
    ),
  }));
  const charts = comparableMetrics(table).map((metric) => {
    const targets = table.targets.filter((t) => t.metric === metric.id && t.value !== null);
    return {
      id: metricChartId(metric.id),
      metric,
      unit: unitOf(targets[0]!)!,
      caption: say('targets.chart.caption', { metric: metricName(metric, locale), unit: unitOf(targets[0]!)! }),
      title: say('targets.chart.title', { metric: metricName(metric, locale) }),
      geometry: barGeometry({
        items: targets.map((t) => ({
          id: t.plan,
          label: name(t.plan),
          value: t.value!,
          // English bars print the value in the caption's unit (the printed words are in the description).
          text: en ? `${t.value}${t.unit === '%' ? '%' : ''}` : t.valueText,
        })),
        integerTicks: isCountUnit(targets[0]!.unit!),
      }),
      described: targets
        .map((t) => say('targets.chart.bar', { plan: name(t.plan), value: en ? t.valueTextEn : t.valueText }))
        .join(say('targets.chart.separator')),
    };
  });
  const notes = table.targets
    .filter((t) => t.note !== null)
    .map((target) => ({
      target,
      anchor: targetNoteAnchor(target),
      planName: name(target.plan),
      metricName: metricName(table.metric(target.metric), locale),
      href: pathInEdition(target.url, locale),
      location: placeIn(target.location, locale),
      // An English note may name a Chinese word (e.g. a unit as printed): cut out to be marked.
      note: en ? langPieces(target.noteEn ?? '') : [{ text: target.note ?? '', zh: false }],
    }));
  const sources = table.targets.map((target) => ({
    target,
    planName: name(target.plan),
    metricName: metricName(table.metric(target.metric), locale),
    href: pathInEdition(target.url, locale),
    location: placeIn(target.location, locale),
    printedLang,
    /** On English pages: the English of the passage the quote stands in (editorial translation). */
    english: en ? passageEnglish(library, ctx.translations, target) : null,
    relation:
      comparatorText(target, locale) +
      (target.value !== null
        ? en
          ? say('targets.source.value', englishAmount(target.value, target.unitEn ?? ''))
          : say('targets.source.value', { value: target.value, unit: target.unit ?? '' })
        : ''),
    baseline: baselineText(target, locale),
    deadline: deadlineText(target, locale),
    quote: say('targets.source.quote', { quote: target.quote }),
  }));
  return {
    title: say('targets.title'),
    description: say('targets.description'),
    lead: say('targets.lead'),
    editorial: say('targets.editorial'),
    editorTag: say('editorial.note'),
    table: {
      heading: say('targets.table.heading'),
      caption: say('targets.table.caption'),
      corner: say('targets.table.metric'),
      unset: say('targets.table.unset'),
    },
    chartsWords: { heading: say('targets.charts.heading'), intro: say('targets.charts.intro') },
    notesWords: {
      heading: say('editorial.note'),
      separator: say('targets.note.separator'),
      open: say('targets.note.open'),
      close: say('targets.note.close'),
    },
    quoteWords: {
      open: say('targets.source.open'),
      close: say('targets.source.close'),
      english: say('edition.translation.tag'),
    },
    sourcesWords: {
      heading: say('targets.sources.heading'),
      caption: say('targets.sources.caption'),
      columns: [
        say('targets.sources.plan'),
        say('targets.sources.metric'),
        say('targets.sources.value'),
        say('targets.sources.relation'),
        say('targets.sources.baseline'),
        say('targets.sources.deadline'),
        say('targets.sources.quote'),
      ],
    },
    columns: columns.map((column) => ({ id: column.id, label: columnLabelIn(ctx, column, locale) })),
    rows,
    charts,
    notes,
    sources,
  };
}
