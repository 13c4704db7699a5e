/**
 * Related topics: when a query term names a topic of the editorial taxonomy (its name or an
 * alias, topics.ts topicMatchesTerm), the search page offers the topic and its measure count,
 * marked editorial and kept apart from the results, which never change because of it.
 */
import { topicMatchesTerm } from '#lib/topics/aliases.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import type { Query } from './query.ts';
import { topicPath } from '#lib/site/paths.ts';

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

export function relatedTopicData(topics: TopicIndex): RelatedTopic[] {
  return topics.topics.map((t) => ({
    id: t.id,
    name: t.name,
    aliases: t.aliases ?? [],
    measures: t.measures.length,
    url: topicPath(t.id),
  }));
}

/** Topics named by a term the query requires or offers as an alternative (not by an excluded one). */
export function relatedTopics(query: Query, topics: readonly RelatedTopic[]): RelatedTopic[] {
  const terms = query.clauses.filter((c) => !c.excluded).flatMap((c) => c.alternatives.map((a) => a.text));
  return topics.filter((topic) => terms.some((term) => topicMatchesTerm(topic, term))).slice(0, MAX_RELATED);
}
