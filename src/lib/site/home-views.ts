/** What the home page, the not-found page and /about/'s data parts show: the plans in the library, and how to go on from here. */
import type { BuildContext } from '#lib/build/context.ts';
import type { Plan } from '#lib/plan/model.ts';
import type { PeriodTable } from '#lib/plan/periods.ts';
import { PUBLICATION_MARKINGS } from '#lib/plan/schema.ts';
import { chineseDate, LEVEL_NAMES, regionName, uncollectedBasis } from '#lib/plan/labels.ts';
import { plansListedOneByOne, provinceGroups } from '#lib/plan/columns.ts';
import { periodView } from '#lib/plan/views.ts';
import { wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { hash, PAGES, planPath, provinceAnchor, sourcePath } from './paths.ts';
import { SITE_NAME } from './head.ts';

/** A plan card names this many issuers and counts the rest. */
export const ISSUERS_NAMED = 2;
/** The marking printed on a plan not for public release (a frontmatter value, as printed). */
const NOT_FOR_RELEASE = PUBLICATION_MARKINGS[1];

/** A plan's key facts on the home page (src/components/PlanCard.astro). */
function planCard(plan: Plan, periods: PeriodTable, locale: Locale) {
  const say = wordsOf(locale);
  const { meta } = plan;
  return {
    href: planPath(plan.slug),
    title: meta.title,
    facts: [
      {
        term: say('plan.facts.region'),
        value: say('home.card.region', { region: regionName(meta.region), level: LEVEL_NAMES[meta.level] }),
      },
      {
        term: say('home.card.issuers'),
        // Written "…等3部门" (no spaces), as the card has always printed it, so not nameFirstThenCount.
        value:
          meta.issuers.length > ISSUERS_NAMED
            ? say('home.card.issuersMore', {
                names: meta.issuers.slice(0, ISSUERS_NAMED).join(say('list.separator')),
                count: meta.issuers.length,
              })
            : meta.issuers.join(say('list.separator')),
      },
      {
        term: say('plan.facts.documentNumber'),
        value: meta.documentNumber?.value ?? say('home.card.noDocumentNumber'),
      },
      { term: say('home.card.date'), value: chineseDate(meta.dateIssued) },
      { term: say('plan.facts.measures'), value: say('plan.facts.measureCount', { count: plan.measures.length }) },
    ],
    notes: [
      ...(meta.completeness.status === 'excerpt'
        ? [say('home.card.excerpt', { stopsAt: meta.completeness.stopsAt ?? '' })]
        : []),
      ...(meta.publication === NOT_FOR_RELEASE ? [say('home.card.notForRelease')] : []),
    ],
    period: periodView(plan.slug, periods, true, locale),
  };
}

export type PlanCardView = ReturnType<typeof planCard>;

/**
 * What the home page shows: what the site offers, then every plan as a card; up to
 * PLANS_AS_COLUMNS plans one list, beyond grouped by province with the provinces listed first.
 */
export function homePage(ctx: Pick<BuildContext, 'library' | 'periods'>, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  const { library, periods } = ctx;
  const card = (plan: Plan) => planCard(plan, periods, locale);
  const oneByOne = plansListedOneByOne(library.plans);
  const groups = provinceGroups(library.plans);
  return {
    title: SITE_NAME,
    heading: SITE_NAME,
    lead: say('home.lead'),
    offers: [
      { parts: [say('home.offer.read')] },
      {
        parts: [
          say('home.offer.compare.before'),
          { href: PAGES.topics, label: say('topics.title') },
          say('home.offer.compare.middle'),
          { href: PAGES.reuse, label: say('reuse.title') },
          say('home.offer.compare.after'),
        ],
      },
      {
        parts: [
          say('home.offer.numbers.before'),
          { href: PAGES.targets, label: say('targets.title') },
          say('list.separator'),
          { href: PAGES.agencies, label: say('home.offer.numbers.agencies') },
          say('home.offer.numbers.after'),
        ],
      },
      { parts: [say('home.offer.search')] },
    ],
    plansHeading: say('home.plans', { plans: library.plans.length, measures: library.measures.length }),
    cards: oneByOne ? library.plans.map(card) : null,
    provinces: oneByOne
      ? null
      : {
          lead: say('home.provinces.lead'),
          separator: say('list.separator'),
          links: groups.map((g, i) => ({
            href: hash(provinceAnchor(i)),
            label: say('home.provinces.link', { province: g.province, count: g.plans.length }),
          })),
          groups: groups.map((g, i) => ({
            id: provinceAnchor(i),
            heading: say('home.provinces.heading', { province: g.province, count: g.plans.length }),
            cards: g.plans.map(card),
          })),
        },
  };
}

/** What the not-found page shows: a search form and every plan. */
export function notFoundPage(ctx: Pick<BuildContext, 'library'>, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  return {
    title: say('notFound.title'),
    description: say('notFound.description'),
    lead: say('notFound.lead'),
    search: {
      heading: say('notFound.search.heading'),
      label: say('notFound.search.label'),
      action: PAGES.search,
      field: say('notFound.search.field'),
      placeholder: say('notFound.search.placeholder'),
      button: say('notFound.search.button'),
    },
    plansHeading: say('notFound.plans'),
    plans: ctx.library.plans.map((plan) => ({
      href: planPath(plan.slug),
      title: plan.meta.title,
      detail: say('notFound.planDetail', { date: chineseDate(plan.meta.dateIssued), measures: plan.measures.length }),
    })),
    links: [
      { href: PAGES.home, label: say('notFound.home') },
      { href: PAGES.data, label: say('notFound.data') },
      { href: PAGES.about, label: say('notFound.about') },
    ],
    linkSeparator: say('cite.downloadSeparator'),
  };
}

/**
 * The data parts of /about/ (its prose is hand-written in src/pages/about.mdx): the table of the
 * plans and their source texts, the documents the plans cite that the library does not hold, and
 * the figures the method section quotes.
 */
export function aboutPage(ctx: Pick<BuildContext, 'library' | 'topics' | 'alignment'>, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  const { library } = ctx;
  const separator = say('list.separator');
  return {
    sources: {
      caption: say('about.sources.caption'),
      columns: [
        say('about.sources.plan'),
        say('plan.facts.issuers'),
        say('plan.facts.documentNumber'),
        say('home.card.date'),
        say('plan.facts.level'),
        say('about.sources.source'),
      ],
      rows: library.plans.map((plan) => ({
        href: planPath(plan.slug),
        title: plan.meta.title,
        issuers: plan.meta.issuers.join(separator),
        documentNumber: plan.meta.documentNumber?.value ?? say('home.card.noDocumentNumber'),
        date: plan.meta.dateIssued,
        level: LEVEL_NAMES[plan.meta.level],
        source: { href: sourcePath(plan.meta.source), label: plan.meta.source },
      })),
    },
    uncited: uncollectedBasis(library).map((b) =>
      say('about.uncited', {
        cited: b.cited,
        documentNumber: b.documentNumber ? say('plan.facts.basisNumber', { number: b.documentNumber }) : '',
      }),
    ),
    topics: ctx.topics.topics.length,
    categories: ctx.topics.categories.length,
    parameters: { ...ctx.alignment.parameters, ngramSizes: ctx.alignment.parameters.ngramSizes.join(separator) },
  };
}
