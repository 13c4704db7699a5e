/** What the home page, the not-found page and /about/'s data parts show: the plans in the library, and how to go on from here. */
import type { BuildContext } from '#lib/build/context.ts';
import type { Plan } from '#lib/plan/model.ts';
import { PUBLICATION_MARKINGS } from '#lib/plan/schema.ts';
import { dateText, levelName } from '#lib/plan/labels.ts';
import { regionName } from '#lib/plan/place-names.ts';
import { plansListedOneByOne, provinceGroups } from '#lib/plan/columns.ts';
import { periodView, planSummary } from '#lib/plan/views.ts';
import { chinese, mixedMessage, type Piece } from '#lib/plan/bilingual.ts';
import { planNames } from '#lib/translation/translation.ts';
import { wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { hash, pagePath, planPath, provinceAnchor } from './paths.ts';
import { SITE_NAME } from './head.ts';

/** A plan card names this many issuers and counts the rest. */
export const ISSUERS_NAMED = 2;
/** The marking printed on a plan not for public release (a frontmatter value, as printed). */
const NOT_FOR_RELEASE = PUBLICATION_MARKINGS[1];

/** The summary sentences a plan card shows; the rest are on the plan page, one link away. */
export const CARD_SUMMARY_SENTENCES = 1;

type HomeContext = Pick<BuildContext, 'library' | 'periods' | 'agencies' | 'translations' | 'summaries'>;

/** A plan's key facts on the home page (src/components/PlanCard.astro), and the start of its summary. */
function planCard(ctx: HomeContext, plan: Plan, locale: Locale) {
  const say = wordsOf(locale);
  const { meta } = plan;
  const separator = say('list.separator');
  const issuer = (name: string): string => {
    if (locale !== 'en') return name;
    return ctx.agencies.resolve(plan.slug, name)?.nameEn ?? name;
  };
  const issuers = (names: readonly string[]): Piece[] => {
    const pieces = names.map((name) => {
      const english = issuer(name);
      return english === name ? chinese(name, locale) : english;
    });
    return pieces.flatMap((p, i) => (i === 0 ? [p] : [separator, p]));
  };
  const facts: { term: string; value: Piece[] }[] = [
    {
      term: say('plan.facts.region'),
      value: [
        say('home.card.region', { region: regionName(meta.region, locale), level: levelName(meta.level, locale) }),
      ],
    },
    {
      term: say('home.card.issuers'),
      // Written "…等3部门" (no spaces), as the card has always printed it, so not nameFirstThenCount.
      value:
        locale !== 'en'
          ? [
              meta.issuers.length > ISSUERS_NAMED
                ? say('home.card.issuersMore', {
                    names: meta.issuers.slice(0, ISSUERS_NAMED).join(separator),
                    count: meta.issuers.length,
                  })
                : meta.issuers.join(separator),
            ]
          : meta.issuers.length > ISSUERS_NAMED
            ? mixedMessage(
                say,
                locale,
                'home.card.issuersMore',
                { names: meta.issuers.slice(0, ISSUERS_NAMED).map(issuer).join(separator), count: meta.issuers.length },
                meta.issuers.slice(0, ISSUERS_NAMED).some((name) => issuer(name) === name) ? ['names'] : [],
              )
            : issuers(meta.issuers),
    },
    {
      term: say('plan.facts.documentNumber'),
      value: [meta.documentNumber ? chinese(meta.documentNumber.value, locale) : say('home.card.noDocumentNumber')],
    },
    { term: say('home.card.date'), value: [dateText(meta.dateIssued, locale)] },
    { term: say('plan.facts.measures'), value: [say('plan.facts.measureCount', { count: plan.measures.length })] },
  ];
  return {
    href: planPath(plan.slug, locale),
    title: planNames(ctx.translations, plan, locale).title,
    facts,
    notes: [
      ...(meta.completeness.status === 'excerpt'
        ? [mixedMessage(say, locale, 'home.card.excerpt', { stopsAt: meta.completeness.stopsAt ?? '' }, ['stopsAt'])]
        : []),
      ...(meta.publication === NOT_FOR_RELEASE ? [[say('home.card.notForRelease')]] : []),
    ] as Piece[][],
    summary: planSummary(ctx, plan, locale, { onPlanPage: false, sentences: CARD_SUMMARY_SENTENCES }),
    period: periodView(plan.slug, ctx.periods, true, locale),
  };
}

export type PlanCardView = ReturnType<typeof planCard>;

/**
 * What the home page shows: what the site offers, then every plan as a card; up to
 * PLANS_AS_COLUMNS plans one list, beyond grouped by province with the provinces listed first.
 */
export function homePage(ctx: HomeContext, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  const { library } = ctx;
  const card = (plan: Plan) => planCard(ctx, plan, locale);
  const oneByOne = plansListedOneByOne(library.plans);
  const groups = provinceGroups(library.plans);
  return {
    title: locale === 'en' ? say('site.name') : SITE_NAME,
    heading: locale === 'en' ? say('site.name') : SITE_NAME,
    lead: say('home.lead'),
    offers: [
      { parts: [say('home.offer.read')] },
      {
        parts: [
          say('home.offer.compare.before'),
          { href: pagePath('topics', locale), label: say('topics.title') },
          say('home.offer.compare.middle'),
          { href: pagePath('reuse', locale), label: say('reuse.title') },
          say('home.offer.compare.after'),
        ],
      },
      {
        parts: [
          say('home.offer.numbers.before'),
          { href: pagePath('targets', locale), label: say('targets.title') },
          say('list.separator'),
          { href: pagePath('agencies', locale), label: say('home.offer.numbers.agencies') },
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
