/** What the not-found page shows (src/pages/404.astro, and /en/404/): a search form and every plan. */
import type { BuildContext } from '#lib/build/context.ts';
import { wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { editionPlanNames } from '#lib/translation/edition-text.ts';
import { dateText } from '#lib/plan/labels.ts';
import { pagePath, planPath } from './paths.ts';

export function notFoundPage(
  ctx: Pick<BuildContext, 'library'> & Partial<Pick<BuildContext, 'translations'>>,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const page = (name: Parameters<typeof pagePath>[0]) => pagePath(name, locale);
  return {
    title: say('notFound.title'),
    description: say('notFound.description'),
    lead: say('notFound.lead'),
    search: {
      heading: say('notFound.search.heading'),
      label: say('notFound.search.label'),
      action: page('search'),
      field: say('notFound.search.field'),
      placeholder: say('notFound.search.placeholder'),
      button: say('notFound.search.button'),
    },
    plansHeading: say('notFound.plans'),
    plans: ctx.library.plans.map((plan) => ({
      href: planPath(plan.slug, locale),
      title: editionPlanNames(ctx, plan, locale).title,
      detail: say('notFound.planDetail', {
        date: dateText(plan.meta.dateIssued, locale),
        measures: plan.measures.length,
      }),
    })),
    links: [
      { href: page('home'), label: say('notFound.home') },
      { href: page('data'), label: say('notFound.data') },
      { href: page('about'), label: say('notFound.about') },
    ],
    linkSeparator: say('cite.downloadSeparator'),
  };
}
