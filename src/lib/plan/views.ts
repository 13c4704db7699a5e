/**
 * What a plan's reading page and a measure's page show: the plan text and its facts, notices,
 * period, outline and citation; a measure's text with shared passages marked, its units, its
 * relatives in other plans, its citation and its neighbours. Interface words come from the
 * catalogue; plan text and editorial notes are passed through as they are.
 */
import { ALIGNMENT_PARAMETERS } from '#lib/alignment/alignment.ts';
import type { BuildContext } from '#lib/build/context.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { PeriodTable } from './periods.ts';
import { periodStatus } from './periods.ts';
import {
  dateText,
  levelName,
  measureDesignation,
  measureDesignationIn,
  publicationText,
  unitLabelIn,
} from './labels.ts';
import { regionName } from './place-names.ts';
import {
  chinese,
  englishBlock,
  englishBlocks,
  markHanRuns,
  mixedMessage,
  translationStatus,
  type Piece,
} from './bilingual.ts';
import { englishLabel, measureEnglish, planNames } from '#lib/translation/translation.ts';
import { planOutline, type OutlineNode } from './outline.ts';
import { PUBLICATION_MARKINGS } from './schema.ts';
import { annexLeadDifferences } from './annex-views.ts';
import type { MeasureNeighbours } from '#lib/site/routes.ts';
import { gbtCitation, pageCitation, publicUrl } from '#lib/site/citation.ts';
import type { ApaCitations, ApaJob } from '#lib/site/apa-citations.ts';
import { metaDescription } from '#lib/site/head.ts';
import {
  agencyPath,
  ANCHORS,
  compareMeasurePath,
  editionOf,
  hash,
  measureInPlanPath,
  measurePath,
  pagePath,
  pathInEdition,
  planAnchorPath,
  planPath,
  taskAnchor,
  topicPath,
  withAnchor,
} from '#lib/site/paths.ts';
import { markedMeasure, kindLabel, relatedMeasures } from '#lib/compare/views.ts';
import { unitLinks } from '#lib/agencies/views.ts';
import { firstThenCount, LOCALES, wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { GAP_MEASURES_SHOWN, type CoverageGap, type GapScope } from '#lib/topics/gaps.ts';

/** The marking printed on a plan not for public release (a value of the frontmatter, as printed). */
const NOT_FOR_RELEASE = PUBLICATION_MARKINGS[1];

/** Similarity scores are shown with this many decimals. */
const SCORE_DIGITS = 2;

type Say = ReturnType<typeof wordsOf>;

/** The editorial sentence on a plan's period: whether the year it names has passed on the date the site records. */
export function periodStatusText(
  status: ReturnType<typeof periodStatus>,
  asOf: string,
  locale: Locale = 'zh-CN',
): string {
  return periodStatusPieces(status, asOf, locale)
    .map((p) => (typeof p === 'string' ? p : p.text))
    .join('');
}

/** The same sentence with the printed words marked as Chinese on English pages. */
function periodStatusPieces(status: ReturnType<typeof periodStatus>, asOf: string, locale: Locale): Piece[] {
  const say = wordsOf(locale);
  const date = dateText(asOf, locale);
  if (status.kind === 'no-year') return [say('plan.period.noYear')];
  return mixedMessage(
    say,
    locale,
    status.kind === 'passed' ? 'plan.period.passed' : 'plan.period.running',
    { printed: status.printed, date, year: status.year },
    ['printed'],
  );
}

/** A plan's period as printed and its status (src/components/PlanPeriod.astro); `compact` for the plan card. */
export function periodView(slug: string, periods: PeriodTable, compact: boolean, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  const period = periods.bySlug.get(slug);
  const statements = !compact && period ? period.statements : [];
  return {
    tag: say('plan.period.tag'),
    as: compact ? ('p' as const) : ('div' as const),
    printed:
      statements.length === 0
        ? null
        : {
            lead: say('plan.period.printed'),
            statements: statements.map((s) =>
              mixedMessage(say, locale, 'plan.period.statement', { printed: s.printed, location: s.location }, [
                'printed',
                'location',
              ]),
            ),
            separator: say('plan.period.separator'),
            end: say('plan.period.end'),
          },
    status: periodStatusPieces(periodStatus(period, periods.asOf), periods.asOf, locale),
    note: !compact && period?.note ? (locale === 'en' ? (period.noteEn ?? period.note) : period.note) : null,
  };
}

export type PeriodView = ReturnType<typeof periodView>;

/** A unit or issuer by its English name on English pages (content/agencies.yaml nameEn), else as printed. */
function unitName(ctx: Pick<BuildContext, 'agencies'>, plan: string, printed: string, locale: Locale): Piece {
  if (locale !== 'en') return printed;
  const agency = ctx.agencies.resolve(plan, printed);
  return agency ? agency.nameEn : chinese(printed, locale);
}

/** Names joined by the list separator, each a piece. */
function joinPieces(names: readonly Piece[], separator: string): Piece[] {
  return names.flatMap((name, i) => (i === 0 ? [name] : [separator, name]));
}

/** The key facts of a plan, from its frontmatter (src/components/PlanFacts.astro). */
function planFacts(ctx: PlanContext, plan: Plan, locale: Locale) {
  const say = wordsOf(locale);
  const { meta } = plan;
  const separator = say('list.separator');
  return {
    issuers: {
      term: say('plan.facts.issuers'),
      value: joinPieces(
        meta.issuers.map((name) => unitName(ctx, plan.slug, name, locale)),
        separator,
      ),
    },
    documentNumber: {
      term: say('plan.facts.documentNumber'),
      value: [meta.documentNumber ? chinese(meta.documentNumber.value, locale) : say('plan.facts.noDocumentNumber')],
      note: meta.documentNumber?.note
        ? { tag: say('plan.facts.editorTag'), text: [chinese(meta.documentNumber.note, locale)] }
        : null,
    },
    dateIssued: { term: say('plan.facts.dateIssued'), value: dateText(meta.dateIssued, locale) },
    datePrinted: meta.datePrinted
      ? { term: say('plan.facts.datePrinted'), value: dateText(meta.datePrinted, locale) }
      : null,
    region: { term: say('plan.facts.region'), value: regionName(meta.region, locale) },
    level: { term: say('plan.facts.level'), value: levelName(meta.level, locale) },
    publication: { term: say('plan.facts.publication'), value: publicationText(meta.publication, locale) },
    measures: {
      term: say('plan.facts.measures'),
      value: say('plan.facts.measureCount', { count: plan.measures.length }),
    },
    basis:
      meta.basis.length === 0
        ? null
        : {
            term: say('plan.facts.basis'),
            items: meta.basis.map((b) => {
              const inLibrary = b.plan ? ctx.library.plans.find((p) => p.slug === b.plan) : undefined;
              return {
                href: b.plan ? planPath(b.plan, locale) : null,
                title:
                  locale === 'en' && inLibrary
                    ? [planNames(ctx.translations, inLibrary, locale).title]
                    : mixedMessage(say, locale, 'plan.facts.cited', { cited: b.cited }, ['cited']),
                number: b.documentNumber
                  ? mixedMessage(say, locale, 'plan.facts.basisNumber', { number: b.documentNumber }, ['number'])
                  : null,
                uncollected: b.plan ? null : say('plan.facts.uncollected'),
              };
            }),
          },
  };
}

export type PlanFactsView = ReturnType<typeof planFacts>;

/** Visible notices where the text is an excerpt, marked not for public release, or odd in its source. */
function planNotices(plan: Plan, locale: Locale) {
  const say = wordsOf(locale);
  const { meta } = plan;
  const { completeness } = meta;
  // `spaced`: a space between the tag and the text, as the excerpt notice has always had.
  const notices: { tag: string; spaced: boolean; before: Piece[]; strong: Piece | null; after: Piece[] }[] = [];
  const note = completeness.note ? [chinese(completeness.note, locale)] : [];
  if (completeness.status === 'excerpt')
    notices.push({
      tag: say('plan.notice.excerpt.tag'),
      spaced: true,
      before: [say('plan.notice.excerpt.before')],
      strong: chinese(completeness.stopsAt ?? '', locale),
      after:
        locale === 'en'
          ? [say('plan.notice.excerpt.after'), ...note]
          : [say('plan.notice.excerpt.after') + (completeness.note ?? '')],
    });
  if (meta.publication === NOT_FOR_RELEASE)
    notices.push({
      tag: say('plan.notice.publication.tag'),
      spaced: false,
      before: [say('plan.notice.publication.text')],
      strong: null,
      after: [],
    });
  if (completeness.status === 'complete' && completeness.note)
    notices.push({
      tag: say('plan.notice.source.tag'),
      spaced: false,
      before: note,
      strong: null,
      after: [],
    });
  return notices;
}

/** The annex tasks whose lead units differ from those in the measure text (src/components/AnnexLeadDifferences.astro). */
function annexDifferences(ctx: Pick<BuildContext, 'agencies'>, plan: Plan, locale: Locale) {
  const say = wordsOf(locale);
  const separator = say('list.separator');
  const names = (list: readonly string[]) =>
    joinPieces(
      list.map((name) => unitName(ctx, plan.slug, name, locale)),
      separator,
    );
  const { differing, measuresBrokenDown } = annexLeadDifferences(plan);
  if (differing.length === 0) return null;
  return {
    tag: say('plan.facts.editorTag'),
    heading: say('plan.annex.heading'),
    intro: say('plan.annex.intro', {
      measures: measuresBrokenDown,
      tasks: plan.annexTasks.length,
      differing: differing.length,
    }),
    columns: [
      say('plan.annex.column.task'),
      say('plan.annex.column.annexLead'),
      say('plan.annex.column.measure'),
      say('plan.annex.column.textLead'),
    ],
    rows: differing.map(({ task, measure }) => ({
      task: { href: hash(taskAnchor(task.number)), label: say('plan.annex.task', { number: task.number }) },
      annexLead: names(task.lead),
      measure: {
        href: measureInPlanPath(measure, locale),
        label:
          locale === 'en'
            ? measureDesignationIn(plan, measure, locale)
            : say('plan.annex.measure', { number: measure.number }),
      },
      textLead: measure.units?.lead ? names(measure.units.lead) : [say('plan.annex.notListed')],
    })),
  };
}

export type AnnexDifferencesView = ReturnType<typeof annexDifferences>;

/**
 * The coverage gaps (覆盖缺口) of a plan (src/components/PlanGaps.astro): the topics the other plans
 * of its level, then all other plans, cover and it does not, each linked to its topic page with the
 * first covering measures linked and a count of the rest. Editorial: topics are the editors'.
 */
export function planGaps(
  ctx: Pick<BuildContext, 'library' | 'coverage'> & Partial<Pick<BuildContext, 'translations'>>,
  plan: Plan,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library, coverage } = ctx;
  const hasPeers = library.plans.some((p) => p.slug !== plan.slug && p.meta.level === plan.meta.level);
  const shortName = (p: Plan) =>
    locale === 'en' && ctx.translations ? planNames(ctx.translations, p, locale).shortName : p.meta.shortName;
  const list = (scope: GapScope) => {
    const gaps = coverage.gapsOf(plan.slug, scope);
    return {
      scope,
      heading: say(scope === 'level' ? 'plan.gaps.level' : 'plan.gaps.all', {
        level: levelName(plan.meta.level, locale),
        count: gaps.length,
      }),
      none: say(scope === 'level' ? (hasPeers ? 'plan.gaps.noneLevel' : 'plan.gaps.noPeers') : 'plan.gaps.noneAll'),
      items: gaps.map((gap) => gapItem(gap)),
    };
  };
  const gapItem = (gap: CoverageGap) => {
    const measures = gap.measures.map((id) => {
      const measure = library.measure(id);
      const other = library.plan(measure.plan);
      return {
        href: measurePath(measure, locale),
        label: say('plan.gaps.measure', {
          plan: shortName(other),
          designation:
            locale === 'en' ? ` ${measureDesignationIn(other, measure, locale)}` : measureDesignation(other, measure),
        }),
      };
    });
    // The gap holds at most GAP_MEASURES_SHOWN measures; the count says how many cover the topic.
    const { count } = firstThenCount(
      Array.from({ length: gap.measureCount }),
      GAP_MEASURES_SHOWN,
      say('plan.gaps.measuresUnit'),
      locale,
    );
    return {
      topic: { href: topicPath(gap.topic.id, locale), name: locale === 'en' ? gap.topic.nameEn : gap.topic.name },
      plans: say('plan.gaps.plans', { plans: gap.plans }),
      measures,
      count,
    };
  };
  return {
    id: ANCHORS.gaps,
    heading: say('plan.gaps.heading'),
    tag: say('plan.gaps.tag'),
    intro: say('plan.gaps.intro'),
    excerpt: plan.meta.completeness.status === 'excerpt' ? say('plan.gaps.excerpt') : null,
    separator: say('list.separator'),
    lists: [list('level'), list('all')],
  };
}

export type PlanGapsView = ReturnType<typeof planGaps>;

/**
 * How to cite a plan or measure (src/components/CitationBlock.astro): GB/T 7714 and APA from one
 * CSL item. On English pages APA cites the original title followed by the English in square
 * brackets (apaCitationEn), its Chinese marked as Chinese; GB/T 7714 is a Chinese form and stays Chinese.
 */
function citationView(citation: ReturnType<typeof pageCitation>, locale: Locale, apaCitations: ApaCitations) {
  const say = wordsOf(locale);
  const { item, downloads } = citation;
  const gbt = gbtCitation(item);
  const apa = apaCitations.format({ item, locale });
  const urlAt = apa.lastIndexOf(item.URL);
  const pieces = (text: string): Piece[] => (locale === 'en' ? markHanRuns(text) : [text]);
  return {
    gbt: {
      heading: say('cite.gbt'),
      lang: locale === 'en' ? ('zh-CN' as const) : null,
      head: gbt.head,
      published: gbt.published,
      accessDate: say('cite.accessDate'),
      url: gbt.url,
    },
    apa: {
      heading: say('cite.apa'),
      head: pieces(urlAt >= 0 ? apa.slice(0, urlAt) : apa),
      url: urlAt >= 0 ? item.URL : null,
      tail: urlAt >= 0 ? apa.slice(urlAt + item.URL.length) : '',
    },
    importLead: say('cite.import'),
    downloads: [
      { href: downloads.ris, label: 'RIS' },
      { href: downloads.bib, label: 'BibTeX' },
      { href: downloads.csl, label: 'CSL-JSON' },
    ],
    downloadSeparator: say('cite.downloadSeparator'),
  };
}

export type CitationView = ReturnType<typeof citationView>;

/**
 * A plan's editorial summary (content/summaries.yaml), in the page's language, each sentence with
 * links to the measures and passages it rests on (src/components/PlanSummary.astro). `onPlanPage`:
 * passages link within the page; elsewhere to the plan page. `sentences` limits how many are shown
 * (the home card shows the first, with a link to the whole summary).
 */
export function planSummary(
  ctx: Pick<BuildContext, 'library' | 'summaries'>,
  plan: Plan,
  locale: Locale = 'zh-CN',
  options: { onPlanPage: boolean; sentences?: number } = { onPlanPage: true },
) {
  const say = wordsOf(locale);
  const all = ctx.summaries.bySlug.get(plan.slug) ?? [];
  if (all.length === 0) return null;
  const shown = options.sentences === undefined ? all : all.slice(0, options.sentences);
  return {
    id: options.onPlanPage ? ANCHORS.summary : null,
    heading: say('plan.summary.heading'),
    tag: say('plan.summary.tag'),
    intro: options.onPlanPage ? say('plan.summary.intro') : null,
    refsOpen: say('plan.summary.refsOpen'),
    refsClose: say('plan.summary.refsClose'),
    separator: say('list.separator'),
    sentences: shown.map((sentence) => ({
      text: locale === 'en' ? sentence.en : sentence.zh,
      refs: options.onPlanPage
        ? sentence.refs.map((ref) => {
            if (ref.measure) {
              const measure = ctx.library.measure(ref.measure);
              const of = ctx.library.plan(measure.plan);
              return { href: measurePath(measure, locale), label: measureDesignationIn(of, measure, locale) };
            }
            const anchor = ref.anchor!;
            return {
              href: ref.plan === plan.slug ? hash(anchor) : planAnchorPath(ref.plan, anchor, locale),
              label: say('plan.summary.passage', { anchor }),
            };
          })
        : [],
    })),
    more:
      shown.length < all.length || !options.onPlanPage
        ? { href: withAnchor(planPath(plan.slug, locale), ANCHORS.summary), label: say('plan.summary.more') }
        : null,
  };
}

export type PlanSummaryView = NonNullable<ReturnType<typeof planSummary>>;

type PlanContext = Pick<
  BuildContext,
  'periods' | 'library' | 'coverage' | 'agencies' | 'translations' | 'glossary' | 'summaries' | 'apaCitations'
>;

/** How a plan page cites its plan: on English pages with the plan's English title. */
function planPageCitation(
  ctx: Pick<BuildContext, 'translations'>,
  plan: Plan,
  site: URL | string | undefined,
  locale: Locale,
) {
  const english = locale === 'en' ? { plan: planNames(ctx.translations, plan, locale).title } : undefined;
  return pageCitation(plan, site, undefined, english, locale);
}

/** How a measure page cites its measure: on English pages with the plan's and the measure's English titles. */
function measurePageCitation(
  ctx: Pick<BuildContext, 'translations'>,
  plan: Plan,
  measure: Measure,
  site: URL | string | undefined,
  locale: Locale,
) {
  const english =
    locale === 'en'
      ? {
          plan: planNames(ctx.translations, plan, locale).title,
          measure: measureEnglish(ctx.translations, measure).title,
        }
      : undefined;
  return pageCitation(plan, site, measure, english, locale);
}

/**
 * The APA citation of every plan and measure page in both editions, as the pages will ask for it:
 * the build formats them ahead of the pages (src/lib/site/apa-citations.ts).
 */
export function everyPageApaJob(
  ctx: Pick<BuildContext, 'library' | 'translations'>,
  site: URL | string | undefined,
): ApaJob[] {
  return LOCALES.flatMap((locale) =>
    ctx.library.plans.flatMap((plan) => [
      { item: planPageCitation(ctx, plan, site, locale).item, locale },
      ...plan.measures.map((measure) => ({ item: measurePageCitation(ctx, plan, measure, site, locale).item, locale })),
    ]),
  );
}

/** The outline in English: each heading's and measure's English from the translation. */
function outlineIn(ctx: PlanContext, plan: Plan, locale: Locale): OutlineNode[] {
  const nodes = planOutline(plan);
  if (locale !== 'en') return nodes;
  const blocks = ctx.translations.bySlug.get(plan.slug)?.blocks;
  const english = (node: OutlineNode): OutlineNode => {
    const entry = blocks?.get(node.anchor);
    const measure = node.measureId ? ctx.library.measure(node.measureId) : undefined;
    const text = measure
      ? `${englishLabel(measure)} ${measureEnglish(ctx.translations, measure).title}`
      : (entry?.en ?? node.text);
    return { ...node, text, children: node.children.map(english) };
  };
  return nodes.map(english);
}

/** The words of the English cells beside the Chinese (src/components/PlanText.astro, BilingualMeasure). */
function bilingualWords(say: Say) {
  return {
    reviewed: say('translation.reviewed'),
    draft: say('translation.draft'),
    zh: say('translation.column.zh'),
    en: say('translation.column.en'),
  };
}

export type BilingualWords = ReturnType<typeof bilingualWords>;

/**
 * What /plans/<slug>/ shows: the whole text, the outline, the facts, notices and period, the
 * annex tasks that disagree with the text, and how to cite the plan. `site` is the configured
 * public address, if any. On English pages the English stands beside the Chinese, block by block,
 * with the translation's status at the top.
 */
export function planPage(ctx: PlanContext, route: { plan: Plan }, site: URL | undefined, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  const { plan } = route;
  const names = planNames(ctx.translations, plan, locale);
  const citation = planPageCitation(ctx, plan, site, locale);
  const english = locale === 'en' ? englishBlocks(ctx, plan) : null;
  const status = english ? translationStatus(english) : null;
  const unit = (name: string) => unitName(ctx, plan.slug, name, locale);
  return {
    plan,
    locale,
    title: names.title,
    /** The Chinese title under the English one on English pages. */
    titleZh: locale === 'en' ? plan.meta.title : null,
    head: {
      title: names.title,
      description: metaDescription(
        say('plan.description', {
          title: names.title,
          issuers: meta(plan, locale, ctx),
          date: locale === 'en' ? dateText(plan.meta.dateIssued, locale) : plan.meta.dateIssued,
          measures: plan.measures.length,
        }),
      ),
      json: citation.json,
      citationTags: citation.tags,
    },
    breadcrumbs: [{ href: pagePath('home', locale), label: say('plan.breadcrumb') }, { label: names.shortName }],
    outline: { heading: say('plan.outline'), nodes: outlineIn(ctx, plan, locale) },
    summary: planSummary(ctx, plan, locale),
    translation: status
      ? {
          tag: say('translation.status.tag'),
          text: say('translation.status.text', status),
          definition: say('translation.status.definition'),
        }
      : null,
    facts: planFacts(ctx, plan, locale),
    period: periodView(plan.slug, ctx.periods, false, locale),
    notices: planNotices(plan, locale),
    annex: annexDifferences(ctx, plan, locale),
    gaps: planGaps(ctx, plan, locale),
    /** The English of each block, by its id on the page (English pages only). */
    english: english ? { blocks: english, words: bilingualWords(say) } : undefined,
    /** The editorial column of an annex task table (src/components/AnnexTaskTable.astro). */
    annexWords: {
      tag: say('plan.facts.editorTag'),
      lang: locale === 'en' ? ('en' as const) : undefined,
      column: say('plan.annexTable.column'),
      measure: (number: string) => (locale === 'en' ? `Measure ${number}` : say('plan.annex.measure', { number })),
      measureHref: (measure: Measure) => measureInPlanPath(measure, locale),
      differs: say('plan.annexTable.differs'),
      taskMark: say('plan.annexTable.taskMark'),
      taskLink: (number: number) => say('plan.annexTable.taskLink', { number }),
      textLead: (lead: readonly string[] | undefined) =>
        say('plan.annexTable.textLead', {
          lead: (lead ?? [])
            .map((name) => {
              const piece = unit(name);
              return typeof piece === 'string' ? piece : piece.text;
            })
            .join(say('list.separator')),
        }),
    },
    ownPage: (measure: Measure) => ({
      href: measurePath(measure, locale),
      label: say('plan.measureOwnPage', { id: measure.id }),
    }),
    /** A measure's accessible name on English pages: its English label and title. */
    measureLabel: (measure: Measure) =>
      locale === 'en' ? `${englishLabel(measure)} ${measureEnglish(ctx.translations, measure).title}` : null,
    cite: { heading: say('cite.heading'), view: citationView(citation, locale, ctx.apaCitations) },
    json: { href: citation.json, label: say('plan.json') },
    scripts: { copyLanguage: locale === 'en' },
  };
}

/**
 * The issuers for the page description: English names on English pages. A description cannot mark
 * a name as Chinese, so an issuer the unit registry has no English for (national ministries are not
 * in content/agencies.yaml) is left out of the English description; the facts name every issuer.
 */
function meta(plan: Plan, locale: Locale, ctx: Pick<BuildContext, 'agencies'>): string {
  const say = wordsOf(locale);
  return plan.meta.issuers
    .map((name) => unitName(ctx, plan.slug, name, locale))
    .filter((piece): piece is string => typeof piece === 'string')
    .join(say('list.separator'));
}

/** Links a view made to Chinese pages, moved to the edition of `locale` (views not yet edition-aware). */
function inLocale<T extends { href: string }>(link: T, locale: Locale): T {
  return editionOf(link.href) === locale || !link.href.startsWith('/')
    ? link
    : { ...link, href: pathInEdition(link.href, locale) };
}

/**
 * What /plans/<slug>/<number>/ shows: the measure with its shared passages marked, its units
 * linked to the unit pages, its counterparts and same-topic relatives in other plans, how to cite
 * it, and the previous and next measure of its plan. On English pages the English stands beside
 * the Chinese with its translation status, and each language can be copied alone.
 */
export function measurePage(
  ctx: Pick<
    BuildContext,
    | 'library'
    | 'topics'
    | 'agencies'
    | 'alignment'
    | 'counterpartIndex'
    | 'sharedPassages'
    | 'translations'
    | 'glossary'
    | 'apaCitations'
  >,
  route: { plan: Plan; measure: Measure; neighbours: MeasureNeighbours },
  site: URL | undefined,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library, topics, counterpartIndex: counterparts } = ctx;
  const { plan, measure, neighbours } = route;
  const en = locale === 'en';
  const names = planNames(ctx.translations, plan, locale);
  const englishOf = (m: Measure) => measureEnglish(ctx.translations, m);
  const measureEn = en ? englishOf(measure) : null;
  const citation = measurePageCitation(ctx, plan, measure, site, locale);
  const designation = measureDesignationIn(plan, measure, locale);
  const separator = say('list.separator');
  const units = measure.units;
  const links = unitLinks(ctx.agencies, plan.slug, [...(units?.lead ?? []), ...(units?.responsible ?? [])]);
  const related = relatedMeasures(library, counterparts, ctx.alignment.closest[measure.id]!, measure.id);
  // At scale the list names only the plans with a counterpart or among the closest on a topic.
  const unlisted = library.plans.length - 1 - related.length;
  const titleOf = (m: Measure) => (en ? englishOf(m).title : m.title);
  const shortName = (p: Plan) => planNames(ctx.translations, p, locale).shortName;
  const titled = (p: Plan, m: Measure) =>
    say('plan.measureTitled', { designation: measureDesignationIn(p, m, locale), title: titleOf(m) });
  const marked = markedMeasure(library, measure, ctx.sharedPassages.get(measure.id), locale);
  const text = en
    ? {
        ...marked,
        notes: {
          ...marked.notes,
          items: marked.notes.items.map((note) => ({
            ...note,
            links: note.links.map((link) => inLocale(link, locale)),
          })),
        },
      }
    : marked;
  const index = plan.blocks.findIndex((b) => b.measure?.id === measure.id);
  const block = en ? englishBlock(ctx, plan, plan.blocks[index]!, index) : null;
  const headingZh = say('plan.measureTitled', { designation: measureDesignation(plan, measure), title: measure.title });
  return {
    locale,
    head: {
      title: say('measure.title', { title: titleOf(measure), plan: names.shortName, designation }),
      description: metaDescription(
        say('measure.description', { plan: names.shortName, designation, text: en ? measureEn!.text : measure.text }),
      ),
      json: citation.json,
      citationTags: citation.tags,
    },
    breadcrumbs: [
      { href: pagePath('home', locale), label: say('plan.breadcrumb') },
      { href: planPath(plan.slug, locale), label: names.shortName },
      { label: designation },
    ],
    planLink: { href: planPath(plan.slug, locale), label: names.title },
    sections: measure.sections
      .map((s) => (en ? (ctx.translations.bySlug.get(plan.slug)?.blocks.get(s.anchor)?.en ?? s.text) : s.text))
      .join(say('measure.sectionSeparator')),
    heading: say('plan.measureTitled', { designation, title: titleOf(measure) }),
    /** The Chinese heading under the English one on English pages. */
    headingZh: en ? headingZh : null,
    text,
    /** The English beside the Chinese (English pages only), its status, and the copy buttons' words. */
    english: block
      ? {
          block,
          words: bilingualWords(say),
          copy: {
            english: say('translation.copy.english'),
            chinese: say('translation.copy.chinese'),
            copied: say('translation.copy.copied'),
            failed: say('translation.copy.failed'),
          },
        }
      : null,
    truncated: measure.truncated ? { tag: say('plan.notice.excerpt.tag'), text: say('measure.truncated') } : null,
    units: {
      heading: say('measure.units.heading'),
      lists: units
        ? units.lists.map((list) => ({
            label: unitLabelIn(list.label, locale),
            units: list.units.map((unit) => ({
              name: unitName(ctx, plan.slug, unit, locale),
              href: links[unit] ? agencyPath(links[unit], locale) : null,
            })),
            remark: list.remark
              ? mixedMessage(say, locale, 'measure.units.remark', { remark: list.remark }, ['remark'])
              : null,
          }))
        : null,
      none: say('measure.units.none'),
    },
    related: {
      heading: say('measure.related.heading'),
      topicsTag: say('topics.topic.tag'),
      topics: topics
        .topicsOfMeasure(measure.id)
        .map((t) => ({ href: topicPath(t.id, locale), name: en ? t.nameEn : t.name })),
      separator,
      plans: related.map((entry) => {
        const other = library.plan(entry.plan);
        const near = entry.sameTopic;
        const nearMeasure = near?.measure ? library.measure(near.measure) : undefined;
        return {
          name: shortName(other),
          counterparts: entry.counterparts.map((c) => ({
            href: measurePath(c.other, locale),
            label: titled(other, c.other),
            kind: c.link.kind,
            kindLabel: kindLabel(c.link.kind, locale),
            side: say(c.side === 'earlier' ? 'measure.related.earlier' : 'measure.related.later'),
            compare: entry.comparePage
              ? {
                  href: compareMeasurePath(measure, entry.plan, counterparts.plans, locale),
                  label: say('measure.related.compare'),
                }
              : null,
          })),
          sameTopic:
            nearMeasure && near
              ? {
                  lead: say('measure.related.closest'),
                  href: measurePath(nearMeasure, locale),
                  label: titled(other, nearMeasure),
                  detail: say('measure.related.score', {
                    score: near.score!.toFixed(SCORE_DIGITS),
                    topics: near.sharedTopics
                      .map((id) => (en ? topics.topic(id).nameEn : topics.topic(id).name))
                      .join(separator),
                  }),
                }
              : null,
          nothing:
            entry.counterparts.length === 0 && !(nearMeasure && near)
              ? near?.belowFloor
                ? say('measure.related.belowFloor', { floor: ALIGNMENT_PARAMETERS.closestFloor.toFixed(2) })
                : say('measure.related.nothing')
              : null,
        };
      }),
      unlisted: unlisted > 0 ? say('measure.related.unlisted', { count: unlisted }) : null,
      method: {
        before: say('measure.related.methodBefore'),
        compare: { href: pagePath('compare', locale), label: say('compare.title') },
        middle: say('measure.related.methodMiddle'),
        about: {
          href: withAnchor(pagePath('about', locale), ANCHORS.method),
          label: say('measure.related.methodLink'),
        },
        end: say('compare.legend.end'),
      },
    },
    cite: {
      heading: say('cite.heading'),
      inPlan: { href: measureInPlanPath(measure, locale), label: say('measure.inPlan') },
      copy: {
        url: publicUrl(measurePath(measure, locale), site),
        id: measure.id.replace(/[^\w]/g, '-'),
        label: say('measure.copy.label'),
        button: say('measure.copy.button'),
        copied: say('measure.copy.copied'),
        failed: say('measure.copy.failed'),
      },
      view: citationView(citation, locale, ctx.apaCitations),
      json: { href: citation.json, label: say('measure.json') },
    },
    pager: {
      label: say('measure.pager.label'),
      previous: neighbours.previous
        ? {
            href: measurePath(neighbours.previous, locale),
            label: say('measure.pager.previous', { measure: titled(plan, neighbours.previous) }),
          }
        : null,
      first: say('measure.pager.first'),
      next: neighbours.next
        ? {
            href: measurePath(neighbours.next, locale),
            label: say('measure.pager.next', { measure: titled(plan, neighbours.next) }),
          }
        : null,
      last: say('measure.pager.last'),
    },
  };
}
