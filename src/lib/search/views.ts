/** What the search page shows before any query: its words, the filters and their options, the topics for related-topic hints. */
import type { BuildContext } from '#lib/build/context.ts';
import { clientMessages, message, type Locale } from '#lib/i18n/catalogue.ts';
import { filterLabels } from './records.ts';
import { FILTER_NAMES } from './engine.ts';
import { relatedTopicData } from './related.ts';

const FILTER_LABEL = {
  plan: 'search.filter.plan',
  region: 'search.filter.region',
  level: 'search.filter.level',
  category: 'search.filter.category',
} as const satisfies Record<(typeof FILTER_NAMES)[number], string>;

export function searchPage(ctx: Pick<BuildContext, 'library' | 'topics'>, locale: Locale = 'zh-CN') {
  const say = (id: Parameters<typeof message>[0]) => message(id, {}, locale);
  const labels = filterLabels(ctx.library, ctx.topics);
  return {
    title: say('search.title'),
    description: say('search.description'),
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
    filters: FILTER_NAMES.map((name) => ({ name, label: say(FILTER_LABEL[name]), options: labels[name] })),
    /** The search script's words (the search.* messages), as JSON for a script element. */
    clientWordsJson: JSON.stringify(clientMessages('search.', locale)).replace(/</g, '\\u003c'),
    /** The taxonomy as JSON for the page (name, aliases, measure count), `<` escaped for a script element. */
    topicsJson: JSON.stringify(relatedTopicData(ctx.topics)).replace(/</g, '\\u003c'),
  };
}
