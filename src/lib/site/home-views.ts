/** What the home page, the not-found page and /about/'s data parts show: the plans in the library, and how to go on from here. */
import type { BuildContext } from '#lib/build/context.ts';
import type { Plan } from '#lib/plan/model.ts';
import type { PeriodTable } from '#lib/plan/periods.ts';
import { PUBLICATION_MARKINGS } from '#lib/plan/schema.ts';
import { chineseDate, LEVEL_NAMES, regionName } from '#lib/plan/labels.ts';
import { plansListedOneByOne, provinceGroups } from '#lib/plan/columns.ts';
import { periodView } from '#lib/plan/views.ts';
import { wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { hash, PAGES, planPath, provinceAnchor } from './paths.ts';
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

// The not-found page's view lives in its own module (both editions); re-exported for old imports.
export { notFoundPage } from './not-found-views.ts';

// The about page's view lives in its own module (both editions); re-exported for old imports.
export { aboutPage } from './about-views.ts';
