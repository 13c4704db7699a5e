/**
 * The data parts of /about/ and /en/about/ (their prose is hand-written in src/pages/about.mdx and
 * src/pages/en/about.mdx): the table of the plans and their source texts, the documents the plans
 * cite that the library does not hold, and the figures the method section quotes.
 */
import type { BuildContext } from '#lib/build/context.ts';
import { uncollectedBasis } from '#lib/plan/labels.ts';
import { wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { editionPlanNames, langPieces } from '#lib/translation/edition-text.ts';
import { planPath, sourcePath } from './paths.ts';

const LEVEL_IDS = {
  'municipal-master-plan': 'about.level.municipal-master-plan',
  'district-plan': 'about.level.district-plan',
  'prefecture-city-plan': 'about.level.prefecture-city-plan',
} as const;

export function aboutPage(
  ctx: Pick<BuildContext, 'library' | 'topics' | 'alignment'> & Partial<Pick<BuildContext, 'translations'>>,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library } = ctx;
  const separator = say('list.separator');
  const names = (plan: (typeof library.plans)[number]) => editionPlanNames(ctx, plan, locale);
  /** Issuers and 文号 are printed Chinese: marked as such on English pages. */
  const printedLang = locale === 'en' ? 'zh-CN' : undefined;
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
        href: planPath(plan.slug, locale),
        title: names(plan).title,
        issuers: plan.meta.issuers.join(say('list.separator')),
        documentNumber: plan.meta.documentNumber?.value ?? say('home.card.noDocumentNumber'),
        printedLang: plan.meta.documentNumber ? printedLang : undefined,
        issuersLang: printedLang,
        date: plan.meta.dateIssued,
        level: say(LEVEL_IDS[plan.meta.level]),
        source: { href: sourcePath(plan.meta.source), label: plan.meta.source },
      })),
    },
    // Each item names a cited document by its Chinese title: Chinese runs are marked for English pages.
    uncited: uncollectedBasis(library).map((b) => {
      const text = say('about.uncited', {
        cited: b.cited,
        documentNumber: b.documentNumber ? say('plan.facts.basisNumber', { number: b.documentNumber }) : '',
      });
      return locale === 'en' ? langPieces(text) : [{ text, zh: false }];
    }),
    topics: ctx.topics.topics.length,
    categories: ctx.topics.categories.length,
    parameters: { ...ctx.alignment.parameters, ngramSizes: ctx.alignment.parameters.ngramSizes.join(separator) },
  };
}
