/**
 * The query language of the search page, as users of Chinese legal databases write it:
 *
 *   碳账户 碳普惠            a space means AND: both must stand in the text
 *   绿色保险 | 环境污染责任保险   `|` (or a free-standing 或) means OR; it binds tighter than the space
 *   "绿色 金融"               quotes ("…" or “…”) make one exact phrase, spaces, | and - included
 *   -保险                    a leading - excludes texts that contain the term (or any of an OR group)
 *
 * A query is a list of clauses that must all hold; a clause is one or more alternatives, of which
 * one must stand in the text (or, when excluded, none). Every term is compared after folding width,
 * Latin case and white space (precision.ts), so the precision rule holds for every form.
 */
import { fold, occurrences } from './precision.ts';

export interface QueryTerm {
  /** As typed (without quotes), for messages. */
  text: string;
  /** As compared: folded, white space removed. */
  folded: string;
  phrase: boolean;
}

export interface QueryClause {
  /** True for an excluded clause (-term): no alternative may stand in the text. */
  excluded: boolean;
  alternatives: QueryTerm[];
}

export interface Query {
  clauses: QueryClause[];
}

type Token = { kind: 'term'; text: string; phrase: boolean; excluded: boolean } | { kind: 'or' };

const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '＂': '＂', '「': '」' };
const OR_MARKS = new Set(['|', '｜']);
const MINUS = new Set(['-', '－']);

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const chars = [...query];
  let i = 0;
  const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
  while (i < chars.length) {
    const c = chars[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (OR_MARKS.has(c)) {
      tokens.push({ kind: 'or' });
      i++;
      continue;
    }
    // A minus only excludes at the start of a term, and only when something follows it.
    let excluded = false;
    if (MINUS.has(c) && i + 1 < chars.length && !isSpace(chars[i + 1]) && !OR_MARKS.has(chars[i + 1]!)) {
      excluded = true;
      i++;
    }
    const open = chars[i]!;
    const close = OPEN_QUOTES[open];
    if (close !== undefined) {
      // An unclosed quote runs to the end of the query.
      let end = chars.indexOf(close, i + 1);
      if (end < 0) end = chars.length;
      tokens.push({ kind: 'term', text: chars.slice(i + 1, end).join(''), phrase: true, excluded });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < chars.length && !isSpace(chars[end]) && !OR_MARKS.has(chars[end]!)) end++;
    const text = chars.slice(i, end).join('');
    // 或 stands for OR only as a word of its own; inside a term it is just a character.
    if (text === '或' && !excluded) tokens.push({ kind: 'or' });
    else tokens.push({ kind: 'term', text, phrase: false, excluded });
    i = end;
  }
  return tokens;
}

/** Parses a query as typed. Terms that fold to nothing and repeated clauses are dropped. */
export function parseQuery(query: string): Query {
  const clauses: QueryClause[] = [];
  let joinNext = false;
  for (const token of tokenize(query)) {
    if (token.kind === 'or') {
      joinNext = clauses.length > 0;
      continue;
    }
    const term: QueryTerm = { text: token.text, folded: fold(token.text), phrase: token.phrase };
    if (term.folded === '') continue;
    const last = clauses[clauses.length - 1];
    if (joinNext && last) {
      if (!last.alternatives.some((a) => a.folded === term.folded)) last.alternatives.push(term);
    } else clauses.push({ excluded: token.excluded, alternatives: [term] });
    joinNext = false;
  }
  const key = (c: QueryClause) => `${c.excluded ? '-' : '+'}${c.alternatives.map((a) => a.folded).join('|')}`;
  return { clauses: clauses.filter((c, i) => clauses.findIndex((d) => key(d) === key(c)) === i) };
}

/** The clauses a text must contain (at least one alternative each). */
export function requiredClauses(query: Query): QueryClause[] {
  return query.clauses.filter((c) => !c.excluded);
}

/** Every term a matching text may contain, to highlight: the alternatives of the required clauses. */
export function highlightTerms(query: Query): string[] {
  return [...new Set(requiredClauses(query).flatMap((c) => c.alternatives.map((a) => a.folded)))];
}

/** A query can be run when it has at least one clause that is not an exclusion. */
export function isRunnable(query: Query): boolean {
  return requiredClauses(query).length > 0;
}

/** The precision rule: the folded text satisfies every clause. Pass the text through fold() first. */
export function matchesFolded(folded: string, query: Query): boolean {
  if (!isRunnable(query)) return false;
  return query.clauses.every((clause) => {
    const found = clause.alternatives.some((a) => folded.includes(a.folded));
    return clause.excluded ? !found : found;
  });
}

export function matches(text: string, query: Query): boolean {
  return matchesFolded(fold(text), query);
}

/** How often the terms a text must contain stand in it (each alternative counted): part of the relevance order. */
export function termFrequency(folded: string, query: Query): number {
  return highlightTerms(query).reduce((sum, term) => sum + occurrences(folded, term), 0);
}

/** The words that join a described query (catalogue messages search.describe.*); the defaults are the Chinese. */
export interface DescribeWords {
  term: (text: string) => string;
  or: string;
  and: string;
  without: (excluded: string) => string;
}

const CHINESE_DESCRIBE: DescribeWords = {
  term: (text) => `“${text}”`,
  or: '或',
  and: '和',
  without: (excluded) => `，不含${excluded}`,
};

/** The query as a short phrase for the status line, built from what was typed: “A”或“B”和“C”，不含“D”. */
export function describeQuery(query: Query, words: DescribeWords = CHINESE_DESCRIBE): string {
  const group = (c: QueryClause) => c.alternatives.map((t) => words.term(t.text)).join(words.or);
  const required = requiredClauses(query).map(group).join(words.and);
  const excluded = query.clauses.filter((c) => c.excluded).map(group);
  return excluded.length === 0 ? required : `${required}${words.without(excluded.join(words.or))}`;
}
