/**
 * Related topics: when a query term names a topic of the editorial taxonomy (its name or an
 * alias, topics.ts topicMatchesTerm), the search page offers the topic and its measure count,
 * marked editorial and kept apart from the results, which never change because of it.
 */
import { topicMatchesTerm } from '#lib/topics/aliases.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import type { Query } from './query.ts';
import { topicPath } from '#lib/site/paths.ts';
import type { Locale } from '#lib/i18n/catalogue.ts';

export interface RelatedTopic {
  id: string;
  name: string;
  aliases: string[];
  /** How many measures carry the topic. */
  measures: number;
  url: string;
}

/** At most this many suggestions, in taxonomy order. */
export const MAX_RELATED = 5;

/** The topics in the page's edition: on the English page their English names (the aliases are Chinese, so none) and English pages. */
export function relatedTopicData(topics: TopicIndex, locale: Locale = 'zh-CN'): RelatedTopic[] {
  return topics.topics.map((t) => ({
    id: t.id,
    name: locale === 'en' ? t.nameEn : t.name,
    aliases: locale === 'en' ? [] : (t.aliases ?? []),
    measures: t.measures.length,
    url: topicPath(t.id, locale),
  }));
}

/** Whether a term points at a topic: topicMatchesTerm, or on the English page english.ts topicMatchesEnglishTerm. */
export type TopicMatch = (topic: { name: string; aliases?: readonly string[] }, term: string) => boolean;

/** Topics named by a term the query requires or offers as an alternative (not by an excluded one). */
export function relatedTopics(
  query: Query,
  topics: readonly RelatedTopic[],
  match: TopicMatch = topicMatchesTerm,
): RelatedTopic[] {
  const terms = query.clauses.filter((c) => !c.excluded).flatMap((c) => c.alternatives.map((a) => a.text));
  return topics.filter((topic) => terms.some((term) => match(topic, term))).slice(0, MAX_RELATED);
}
