/**
 * Search hints, shown apart from the results and never changing them:
 * - a term with 或 inside it (碳账户或碳普惠, typed without spaces) is one term to the query
 *   language, which reads 或 as OR only as a word of its own; the page offers the OR form
 *   (碳账户 | 碳普惠) in one click;
 * - a query with few results gets other terms for what a required term names (the names and
 *   aliases of the editorial topics it matches: 绿色贷款 → 绿色信贷), each with the number of
 *   measures it finds, so a reader can see that the plans say it another way.
 */
import { topicMatchesTerm } from '#lib/topics/aliases.ts';
import { fold } from './precision.ts';
import { parseQuery, requiredClauses, type Query } from './query.ts';

/** A query finding fewer measures than this gets the other terms. */
export const FEW_RESULTS = 5;
/** At most this many other terms are offered. */
export const MAX_OTHER_TERMS = 5;

/**
 * The OR form of a query whose terms have 或 inside them between two parts of two characters or
 * more (碳账户或碳普惠 → 碳账户 | 碳普惠), or null when there is none. Quoted phrases are left alone.
 */
export function orSuggestion(raw: string): string | null {
  let changed = false;
  const parts = raw.split(/(\s+|"[^"]*"|“[^”]*”)/u).map((part) => {
    if (/^\s*$/u.test(part) || /^["“]/u.test(part)) return part;
    const pieces = part.split('或');
    if (pieces.length < 2 || pieces.some((p) => [...p].length < 2)) return part;
    changed = true;
    return pieces.join(' | ');
  });
  return changed ? parts.join('') : null;
}

export interface TopicTerms {
  name: string;
  aliases: readonly string[];
}

/**
 * Other terms for the required terms of a query: the names and aliases of the topics a term
 * matches, without the terms already in the query. In taxonomy order, at most MAX_OTHER_TERMS.
 */
export function otherTerms(
  query: Query,
  topics: readonly TopicTerms[],
  match: (topic: TopicTerms, term: string) => boolean = topicMatchesTerm,
): string[] {
  const typed = requiredClauses(query).flatMap((c) => c.alternatives);
  const inQuery = new Set(typed.map((t) => t.folded));
  const found: string[] = [];
  for (const topic of topics) {
    if (!typed.some((t) => match(topic, t.text))) continue;
    for (const label of [topic.name, ...topic.aliases]) {
      const folded = fold(label);
      if (inQuery.has(folded) || found.some((f) => fold(f) === folded)) continue;
      found.push(label);
    }
  }
  return found.slice(0, MAX_OTHER_TERMS);
}

/** Whether a query is worth hinting at: few results, and something to offer. */
export const wantsOtherTerms = (resultCount: number): boolean => resultCount < FEW_RESULTS;

/** The query a hint term runs: the term alone, as typed. */
export const hintQuery = (term: string): Query => parseQuery(`"${term}"`);
