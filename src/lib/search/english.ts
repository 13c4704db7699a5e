/**
 * What "contains" means on the English search page (/en/search/): a text contains a term when the
 * term's words, each reduced to its stem, stand in the text as consecutive word stems. Words are
 * cut by the platform (Intl.Segmenter, granularity 'word'), lower-cased and stemmed with the
 * `stemmer` package (Porter), so "bond" finds "Bonds", "stress test" finds "stress testing", and
 * "bon" finds nothing ("bonds" is the word bond, not a string starting with bon). A possessive 's
 * goes before stemming (PBOC's → pboc): it is inflection the stemmer does not know.
 *
 * Loaded by the English search page and by highlight on arrival on English pages only: the
 * Chinese search page's bundle does not carry the stemmer. It imports no other search module at
 * run time, so that the bundler does not split what the Chinese page loads into one more file.
 */
import { stemmer } from 'stemmer';
import type { Query } from './query.ts';
import type { TextMatcher } from './engine.ts';

/** One word of a text: its stem and where it stands, [start, end) in the text as given. */
export interface EnglishWord {
  stem: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** A word as compared: width folded, lower-cased, possessive 's dropped, stemmed. */
export function stemOf(word: string): string {
  return stemmer(
    word
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’]s$/u, ''),
  );
}

/** The words of a text (punctuation and spaces skipped), with their stems and places. */
export function englishWords(text: string): EnglishWord[] {
  const words: EnglishWord[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    words.push({ stem: stemOf(segment), start: index, end: index + segment.length });
  }
  return words;
}

/** A term's stems in order: "Stress Testing" → ["stress", "test"]. */
export function termStems(term: string): string[] {
  return englishWords(term).map((w) => w.stem);
}

/** Where a stem sequence stands in a text's words: the index of each first word. */
function runsOf(words: readonly EnglishWord[], stems: readonly string[]): number[] {
  const found: number[] = [];
  if (stems.length === 0) return found;
  outer: for (let i = 0; i + stems.length <= words.length; i++) {
    for (let j = 0; j < stems.length; j++) if (words[i + j]!.stem !== stems[j]) continue outer;
    found.push(i);
  }
  return found;
}

/** Ranges [start, end) of the text where a term stands (from its first word to its last), merged where they overlap. */
export function englishRanges(text: string, terms: readonly string[]): [number, number][] {
  const words = englishWords(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const stems = termStems(term);
    for (const at of runsOf(words, stems)) ranges.push([words[at]!.start, words[at + stems.length - 1]!.end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The clauses a text must contain (query.ts requiredClauses, not imported: see above). */
const requiredClauses = (query: Query) => query.clauses.filter((c) => !c.excluded);

/** A text prepared once for every clause of a query: its word stems. */
export type PreparedEnglish = readonly EnglishWord[];

/** Whether the text's words satisfy every clause (an excluded clause: none of its alternatives stands). */
export function matchesEnglish(words: PreparedEnglish, query: Query): boolean {
  if (requiredClauses(query).length === 0) return false;
  return query.clauses.every((clause) => {
    const found = clause.alternatives.some((a) => runsOf(words, termStems(a.text)).length > 0);
    return clause.excluded ? !found : found;
  });
}

/** How often the required terms stand in the text (each alternative counted): part of the relevance order. */
export function englishFrequency(words: PreparedEnglish, query: Query): number {
  return requiredClauses(query)
    .flatMap((c) => c.alternatives)
    .reduce((sum, a) => sum + runsOf(words, termStems(a.text)).length, 0);
}

/** The terms to highlight: the alternatives of the required clauses, as typed. */
export function englishHighlightTerms(query: Query): string[] {
  return [...new Set(requiredClauses(query).flatMap((c) => c.alternatives.map((a) => a.text)))];
}

/**
 * What Pagefind is asked for a term: its words, separated by spaces (Pagefind requires each
 * word and stems them as it indexed them). Its candidates go through the precision step.
 */
export function englishCandidateTerm(term: string): string {
  return englishWords(term)
    .map((w) => term.slice(w.start, w.end).toLowerCase())
    .join(' ');
}

/**
 * Whether a search term points at a topic (related topics and hints on the English page): the
 * term's stems stand in the topic's name or an alias, or the name's or alias's stems stand in the term.
 */
export function topicMatchesEnglishTerm(topic: { name: string; aliases?: readonly string[] }, term: string): boolean {
  const stems = termStems(term);
  if (stems.length === 0) return false;
  return [topic.name, ...(topic.aliases ?? [])].some((label) => {
    const words = englishWords(label);
    const labelStems = words.map((w) => w.stem);
    return runsOf(words, stems).length > 0 || runsOf(englishWords(term), labelStems).length > 0;
  });
}

/** The English rule as the search engine takes it (engine.ts runSearch). */
export const englishMatcher: TextMatcher<PreparedEnglish> = {
  prepare: englishWords,
  matches: matchesEnglish,
  frequency: englishFrequency,
  highlightTerms: englishHighlightTerms,
  ranges: englishRanges,
  wholeWords: true,
  candidateTerm: (term) => englishCandidateTerm(term.text),
};
