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
import { chineseDate, LEVEL_NAMES, measureDesignation, publicationText, regionName } from './labels.ts';
import { planOutline } from './outline.ts';
import { PUBLICATION_MARKINGS } from './schema.ts';
import { annexLeadDifferences } from './annex-views.ts';
import type { MeasureNeighbours } from '#lib/site/routes.ts';
import { apaCitation, gbtCitation, pageCitation, publicUrl } from '#lib/site/citation.ts';
import { metaDescription } from '#lib/site/head.ts';
import {
  agencyPath,
  ANCHORS,
  compareMeasurePath,
  hash,
  measureInPlanPath,
  measurePath,
  PAGES,
  planPath,
  taskAnchor,
  topicPath,
  withAnchor,
} from '#lib/site/paths.ts';
import { markedMeasure, kindLabel, relatedMeasures } from '#lib/compare/views.ts';
import { unitLinks } from '#lib/agencies/views.ts';
import { firstThenCount, wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { GAP_MEASURES_SHOWN, type CoverageGap, type GapScope } from '#lib/topics/gaps.ts';

/** The marking printed on a plan not for public release (a value of the frontmatter, as printed). */
const NOT_FOR_RELEASE = PUBLICATION_MARKINGS[1];

/** Similarity scores are shown with this many decimals. */
const SCORE_DIGITS = 2;

/** The editorial sentence on a plan's period: whether the year it names has passed on the date the site records. */
export function periodStatusText(
  status: ReturnType<typeof periodStatus>,
  asOf: string,
  locale: Locale = 'zh-CN',
): string {
  const say = wordsOf(locale);
  const [year, month, day] = asOf.split('-').map(Number);
  const date = say('date.full', { year: year!, month: month!, day: day! });
  if (status.kind === 'no-year') return say('plan.period.noYear');
  return say(status.kind === 'passed' ? 'plan.period.passed' : 'plan.period.running', {
    printed: status.printed,
    date,
    year: status.year,
  });
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
              say('plan.period.statement', { printed: s.printed, location: s.location }),
            ),
            separator: say('plan.period.separator'),
            end: say('plan.period.end'),
          },
    status: periodStatusText(periodStatus(period, periods.asOf), periods.asOf, locale),
    note: !compact && period?.note ? period.note : null,
  };
}

export type PeriodView = ReturnType<typeof periodView>;

/** The key facts of a plan, from its frontmatter (src/components/PlanFacts.astro). */
function planFacts(plan: Plan, locale: Locale) {
  const say = wordsOf(locale);
  const { meta } = plan;
  return {
    issuers: { term: say('plan.facts.issuers'), value: meta.issuers.join(say('list.separator')) },
    documentNumber: {
      term: say('plan.facts.documentNumber'),
      value: meta.documentNumber ? meta.documentNumber.value : say('plan.facts.noDocumentNumber'),
      note: meta.documentNumber?.note ? { tag: say('plan.facts.editorTag'), text: meta.documentNumber.note } : null,
    },
    dateIssued: { term: say('plan.facts.dateIssued'), value: chineseDate(meta.dateIssued) },
    datePrinted: meta.datePrinted
      ? { term: say('plan.facts.datePrinted'), value: chineseDate(meta.datePrinted) }
      : null,
    region: { term: say('plan.facts.region'), value: regionName(meta.region) },
    level: { term: say('plan.facts.level'), value: LEVEL_NAMES[meta.level] },
    publication: { term: say('plan.facts.publication'), value: publicationText(meta.publication) },
    measures: {
      term: say('plan.facts.measures'),
      value: say('plan.facts.measureCount', { count: plan.measures.length }),
    },
    basis:
      meta.basis.length === 0
        ? null
        : {
            term: say('plan.facts.basis'),
            items: meta.basis.map((b) => ({
              href: b.plan ? planPath(b.plan) : null,
              title: say('plan.facts.cited', { cited: b.cited }),
              number: b.documentNumber ? say('plan.facts.basisNumber', { number: b.documentNumber }) : null,
              uncollected: b.plan ? null : say('plan.facts.uncollected'),
            })),
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
  const notices: { tag: string; spaced: boolean; before: string; strong: string | null; after: string }[] = [];
  if (completeness.status === 'excerpt')
    notices.push({
      tag: say('plan.notice.excerpt.tag'),
      spaced: true,
      before: say('plan.notice.excerpt.before'),
      strong: completeness.stopsAt ?? '',
      after: say('plan.notice.excerpt.after') + (completeness.note ?? ''),
    });
  if (meta.publication === NOT_FOR_RELEASE)
    notices.push({
      tag: say('plan.notice.publication.tag'),
      spaced: false,
      before: say('plan.notice.publication.text'),
      strong: null,
      after: '',
    });
  if (completeness.status === 'complete' && completeness.note)
    notices.push({
      tag: say('plan.notice.source.tag'),
      spaced: false,
      before: completeness.note,
      strong: null,
      after: '',
    });
  return notices;
}

/** The annex tasks whose lead units differ from those in the measure text (src/components/AnnexLeadDifferences.astro). */
function annexDifferences(plan: Plan, locale: Locale) {
  const say = wordsOf(locale);
  const separator = say('list.separator');
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
      annexLead: task.lead.join(separator),
      measure: { href: measureInPlanPath(measure), label: say('plan.annex.measure', { number: measure.number }) },
      textLead: measure.units?.lead.join(separator) ?? say('plan.annex.notListed'),
    })),
  };
}

/**
 * The coverage gaps (覆盖缺口) of a plan (src/components/PlanGaps.astro): the topics the other plans
 * of its level, then all other plans, cover and it does not, each linked to its topic page with the
 * first covering measures linked and a count of the rest. Editorial: topics are the editors'.
 */
export function planGaps(ctx: Pick<BuildContext, 'library' | 'coverage'>, plan: Plan, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  const { library, coverage } = ctx;
  const hasPeers = library.plans.some((p) => p.slug !== plan.slug && p.meta.level === plan.meta.level);
  const list = (scope: GapScope) => {
    const gaps = coverage.gapsOf(plan.slug, scope);
    return {
      scope,
      heading: say(scope === 'level' ? 'plan.gaps.level' : 'plan.gaps.all', {
        level: LEVEL_NAMES[plan.meta.level],
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
        href: measurePath(measure),
        label: say('plan.gaps.measure', {
          plan: other.meta.shortName,
          designation: measureDesignation(other, measure),
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
      topic: { href: topicPath(gap.topic.id), name: gap.topic.name },
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

/** How to cite a plan or measure (src/components/CitationBlock.astro): GB/T 7714 and APA from one CSL item. */
function citationView(citation: ReturnType<typeof pageCitation>, locale: Locale) {
  const say = wordsOf(locale);
  const { item, downloads } = citation;
  const gbt = gbtCitation(item);
  const apa = apaCitation(item);
  const urlAt = apa.lastIndexOf(item.URL);
  return {
    gbt: {
      heading: say('cite.gbt'),
      head: gbt.head,
      published: gbt.published,
      accessDate: say('cite.accessDate'),
      url: gbt.url,
    },
    apa: {
      heading: say('cite.apa'),
      head: urlAt >= 0 ? apa.slice(0, urlAt) : apa,
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
 * What /plans/<slug>/ shows: the whole text, the outline, the facts, notices and period, the
 * annex tasks that disagree with the text, and how to cite the plan. `site` is the configured
 * public address, if any.
 */
export function planPage(
  ctx: Pick<BuildContext, 'periods' | 'library' | 'coverage'>,
  route: { plan: Plan },
  site: URL | undefined,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { plan } = route;
  const citation = pageCitation(plan, site);
  return {
    plan,
    head: {
      title: plan.meta.title,
      description: metaDescription(
        say('plan.description', {
          title: plan.meta.title,
          issuers: plan.meta.issuers.join(say('list.separator')),
          date: plan.meta.dateIssued,
          measures: plan.measures.length,
        }),
      ),
      json: citation.json,
      citationTags: citation.tags,
    },
    breadcrumbs: [{ href: PAGES.home, label: say('plan.breadcrumb') }, { label: plan.meta.shortName }],
    outline: { heading: say('plan.outline'), nodes: planOutline(plan) },
    facts: planFacts(plan, locale),
    period: periodView(plan.slug, ctx.periods, false, locale),
    notices: planNotices(plan, locale),
    annex: annexDifferences(plan, locale),
    gaps: planGaps(ctx, plan, locale),
    /** The editorial column of an annex task table (src/components/AnnexTaskTable.astro). */
    annexWords: {
      tag: say('plan.facts.editorTag'),
      column: say('plan.annexTable.column'),
      measure: (number: string) => say('plan.annex.measure', { number }),
      differs: say('plan.annexTable.differs'),
      taskMark: say('plan.annexTable.taskMark'),
      taskLink: (number: number) => say('plan.annexTable.taskLink', { number }),
      textLead: (lead: readonly string[] | undefined) =>
        say('plan.annexTable.textLead', { lead: (lead ?? []).join(say('list.separator')) }),
    },
    ownPage: (measure: Measure) => ({
      href: measurePath(measure),
      label: say('plan.measureOwnPage', { id: measure.id }),
    }),
    cite: { heading: say('cite.heading'), view: citationView(citation, locale) },
    json: { href: citation.json, label: say('plan.json') },
  };
}

/**
 * What /plans/<slug>/<number>/ shows: the measure with its shared passages marked, its units
 * linked to the unit pages, its counterparts and same-topic relatives in other plans, how to cite
 * it, and the previous and next measure of its plan.
 */
export function measurePage(
  ctx: Pick<BuildContext, 'library' | 'topics' | 'agencies' | 'alignment' | 'counterpartIndex' | 'sharedPassages'>,
  route: { plan: Plan; measure: Measure; neighbours: MeasureNeighbours },
  site: URL | undefined,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library, topics, counterpartIndex: counterparts } = ctx;
  const { plan, measure, neighbours } = route;
  const citation = pageCitation(plan, site, measure);
  const designation = measureDesignation(plan, measure);
  const separator = say('list.separator');
  const units = measure.units;
  const links = unitLinks(ctx.agencies, plan.slug, [...(units?.lead ?? []), ...(units?.responsible ?? [])]);
  const related = relatedMeasures(library, counterparts, ctx.alignment.closest[measure.id]!, measure.id);
  // At scale the list names only the plans with a counterpart or among the closest on a topic.
  const unlisted = library.plans.length - 1 - related.length;
  const titled = (p: Plan, m: Measure) =>
    say('plan.measureTitled', { designation: measureDesignation(p, m), title: m.title });
  return {
    head: {
      title: say('measure.title', { title: measure.title, plan: plan.meta.shortName, designation }),
      description: metaDescription(
        say('measure.description', { plan: plan.meta.shortName, designation, text: measure.text }),
      ),
      json: citation.json,
      citationTags: citation.tags,
    },
    breadcrumbs: [
      { href: PAGES.home, label: say('plan.breadcrumb') },
      { href: planPath(plan.slug), label: plan.meta.shortName },
      { label: designation },
    ],
    planLink: { href: planPath(plan.slug), label: plan.meta.title },
    sections: measure.sections.map((s) => s.text).join(say('measure.sectionSeparator')),
    heading: say('plan.measureTitled', { designation, title: measure.title }),
    text: markedMeasure(library, measure, ctx.sharedPassages.get(measure.id), locale),
    truncated: measure.truncated ? { tag: say('plan.notice.excerpt.tag'), text: say('measure.truncated') } : null,
    units: {
      heading: say('measure.units.heading'),
      lists: units
        ? units.lists.map((list) => ({
            label: list.label,
            units: list.units.map((unit) => ({ name: unit, href: links[unit] ? agencyPath(links[unit]) : null })),
            remark: list.remark ? say('measure.units.remark', { remark: list.remark }) : null,
          }))
        : null,
      none: say('measure.units.none'),
    },
    related: {
      heading: say('measure.related.heading'),
      topicsTag: say('topics.topic.tag'),
      topics: topics.topicsOfMeasure(measure.id).map((t) => ({ href: topicPath(t.id), name: t.name })),
      separator,
      plans: related.map((entry) => {
        const other = library.plan(entry.plan);
        const near = entry.sameTopic;
        const nearMeasure = near?.measure ? library.measure(near.measure) : undefined;
        return {
          name: other.meta.shortName,
          counterparts: entry.counterparts.map((c) => ({
            href: measurePath(c.other),
            label: titled(other, c.other),
            kind: c.link.kind,
            kindLabel: kindLabel(c.link.kind, locale),
            side: say(c.side === 'earlier' ? 'measure.related.earlier' : 'measure.related.later'),
            compare: entry.comparePage
              ? {
                  href: compareMeasurePath(measure, entry.plan, counterparts.plans),
                  label: say('measure.related.compare'),
                }
              : null,
          })),
          sameTopic:
            nearMeasure && near
              ? {
                  lead: say('measure.related.closest'),
                  href: measurePath(nearMeasure),
                  label: titled(other, nearMeasure),
                  detail: say('measure.related.score', {
                    score: near.score!.toFixed(SCORE_DIGITS),
                    topics: near.sharedTopics.map((id) => topics.topic(id).name).join(separator),
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
        compare: { href: PAGES.compare, label: say('compare.title') },
        middle: say('measure.related.methodMiddle'),
        about: { href: withAnchor(PAGES.about, ANCHORS.method), label: say('measure.related.methodLink') },
        end: say('compare.legend.end'),
      },
    },
    cite: {
      heading: say('cite.heading'),
      inPlan: { href: measureInPlanPath(measure), label: say('measure.inPlan') },
      copy: {
        url: publicUrl(measurePath(measure), site),
        id: measure.id.replace(/[^\w]/g, '-'),
        label: say('measure.copy.label'),
        button: say('measure.copy.button'),
        copied: say('measure.copy.copied'),
        failed: say('measure.copy.failed'),
      },
      view: citationView(citation, locale),
      json: { href: citation.json, label: say('measure.json') },
    },
    pager: {
      label: say('measure.pager.label'),
      previous: neighbours.previous
        ? {
            href: measurePath(neighbours.previous),
            label: say('measure.pager.previous', { measure: titled(plan, neighbours.previous) }),
          }
        : null,
      first: say('measure.pager.first'),
      next: neighbours.next
        ? {
            href: measurePath(neighbours.next),
            label: say('measure.pager.next', { measure: titled(plan, neighbours.next) }),
          }
        : null,
      last: say('measure.pager.last'),
    },
  };
}
