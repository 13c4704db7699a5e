/** What the search page shows before any query: its words, the filters and their options, the topics for related-topic hints. */
import type { BuildContext } from '#lib/build/context.ts';
import { clientMessages, message, type Locale } from '#lib/i18n/catalogue.ts';
import { pagePath } from '#lib/site/paths.ts';
import { planNames } from '#lib/translation/translation.ts';
import { provinceShortName } from '#lib/plan/labels.ts';
import { placeNameEn } from '#lib/plan/place-names.ts';
import { filterLabels } from './records.ts';
import { FILTER_NAMES } from './engine.ts';
import { relatedTopicData } from './related.ts';
import { SEARCH_BUNDLES } from './shards.ts';

const HAN = /\p{Script=Han}/u;

const FILTER_LABEL = {
  plan: 'search.filter.plan',
  region: 'search.filter.region',
  level: 'search.filter.level',
  category: 'search.filter.category',
} as const satisfies Record<(typeof FILTER_NAMES)[number], string>;

/** What the search script needs to know of its page: where it is, and which bundles it searches (shards.ts). */
export interface SearchPageConfig {
  locale: Locale;
  /** The page's own path, which shared links and hint links open. */
  path: string;
  /** The index of the page's language, and (English page) the Chinese one a query in Han characters searches. */
  bundle: { pagefind: string; shards: string };
  chinese?: { pagefind: string; shards: string };
  /** English page: plan slug → English short name, for results found in the Chinese text. */
  planNames?: Record<string, string>;
}

/** The filters' option labels in the page's edition: English plan, level and category names on the English page. */
function optionLabels(ctx: Pick<BuildContext, 'library' | 'topics' | 'translations'>, locale: Locale) {
  const labels = filterLabels(ctx.library, ctx.topics);
  if (locale !== 'en') return labels;
  // Provinces in pinyin, as the plans' places are named on every English page (重庆 → Chongqing, 四川 → Sichuan).
  const provinceEn = (plan: (typeof ctx.library.plans)[number]) => placeNameEn(provinceShortName(plan.meta.region));
  return {
    plan: Object.fromEntries(ctx.library.plans.map((p) => [p.slug, planNames(ctx.translations, p, 'en').shortName])),
    region: Object.fromEntries(ctx.library.plans.map((p) => [provinceShortName(p.meta.region), provinceEn(p)])),
    level: Object.fromEntries(
      ctx.library.plans.map((p) => [p.meta.level, message(`search.level.${p.meta.level}`, {}, 'en')]),
    ),
    category: Object.fromEntries(ctx.topics.categories.map((c) => [c.id, c.nameEn])),
  };
}

/**
 * The messages the search script formats (src/client/search-page.ts), by id or id prefix; the rest
 * of search.* is printed into the page at build time and not handed over again. The Chinese-text
 * notice goes to the English page only.
 */
export const CLIENT_WORDS = [
  'search.status.',
  'search.describe.',
  'search.hit.',
  'search.related.lead',
  'search.related.separator',
  'search.related.count',
  'search.hints.or',
  'search.hints.other',
  'search.hints.separator',
  'search.filter.planCount',
  'search.more',
  'search.retry',
];
const isClientWord = (id: string, locale: Locale) =>
  CLIENT_WORDS.some((prefix) => id.startsWith(prefix)) && (locale === 'en' || id !== 'search.status.chinese');

export function searchPage(ctx: Pick<BuildContext, 'library' | 'topics' | 'translations'>, locale: Locale = 'zh-CN') {
  const say = (id: Parameters<typeof message>[0]) => message(id, {}, locale);
  const labels = optionLabels(ctx, locale);
  const path = pagePath('search', locale);
  const config: SearchPageConfig =
    locale === 'en'
      ? { locale, path, bundle: SEARCH_BUNDLES.en, chinese: SEARCH_BUNDLES['zh-CN'], planNames: labels.plan }
      : { locale, path, bundle: SEARCH_BUNDLES['zh-CN'] };
  const json = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
  return {
    title: say('search.title'),
    description: say('search.description'),
    action: path,
    words: {
      heading: say('search.title'),
      queryLabel: say('search.query.label'),
      submit: say('search.query.submit'),
      helpHtml: say('search.help.html'),
      filtersLegend: say('search.filter.legend'),
      filterAll: say('search.filter.all'),
      measuresOnly: say('search.filter.measuresOnly'),
      noScript: say('search.noScript'),
      relatedLabel: say('search.related.label'),
      relatedTag: say('search.related.tag'),
      exportCsv: say('search.export'),
      hintsLabel: say('search.hints.label'),
      hintsTag: say('search.hints.tag'),
    },
    filters: FILTER_NAMES.map((name) => ({
      name,
      label: say(FILTER_LABEL[name]),
      options: Object.entries(labels[name]).map(([value, text]) => ({
        value,
        text,
        // A label left in Chinese on the English page (a name without English) says so.
        lang: locale === 'en' && HAN.test(text) ? 'zh-CN' : undefined,
      })),
    })),
    /** The search script's words (the search.* messages) and its page's setup, as JSON for script elements. */
    clientWordsJson: json(
      Object.fromEntries(Object.entries(clientMessages('search.', locale)).filter(([id]) => isClientWord(id, locale))),
    ),
    configJson: json(config),
    /** The taxonomy as JSON for the page (name, aliases, measure count), `<` escaped for a script element. */
    topicsJson: json(relatedTopicData(ctx.topics, locale)),
  };
}
