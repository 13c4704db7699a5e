/**
 * What a search should find, computed from the content independently of the site's search code:
 * every measure (its printed text) and plan-text section whose text satisfies every clause.
 */
import { loadContent } from '#lib/build/load.ts';
import { planTextRecords, measureCategories } from '#lib/search/records.ts';
import { measurePath } from '#lib/site/paths.ts';
import { measureEnglish } from '#lib/translation/translation.ts';
import { stemmer } from 'stemmer';

const library = loadContent().library;
const topics = loadContent().topics;

export interface Searchable {
  url: string;
  text: string;
  plan: string;
  categories: string[];
  kind: 'measure' | 'text';
  /** For an annex task, the URL of the measure it breaks down. */
  parent?: string;
}

export const searchable: Searchable[] = [
  ...library.measures.map((m) => ({
    url: measurePath(m),
    text: m.paragraphs.join('\n'),
    plan: m.plan,
    categories: measureCategories(topics, m.id),
    kind: 'measure' as const,
  })),
  ...planTextRecords(library).map((r) => ({
    url: r.url,
    text: r.content,
    plan: r.filters.plan![0]!,
    categories: [],
    kind: 'text' as const,
    parent: r.meta.parent,
  })),
];

/** NFKC, white space removed, Latin lower-cased. */
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

/** One condition of a query: the text contains one of the terms (or, excluded, none of them). */
export interface Clause {
  anyOf: string[];
  exclude?: boolean;
}

/** Every record satisfying all clauses (and `keep`), sorted by URL. */
export function expectedFor(clauses: Clause[], keep: (r: Searchable) => boolean = () => true): string[] {
  return searchable
    .filter((r) => {
      if (!keep(r)) return false;
      const text = fold(r.text);
      return clauses.every((c) => c.anyOf.some((t) => text.includes(fold(t))) !== Boolean(c.exclude));
    })
    .map((r) => r.url)
    .sort();
}

/** Records containing every term. */
export function expectedResults(terms: string[], keep: (r: Searchable) => boolean = () => true): string[] {
  return expectedFor(
    terms.map((t) => ({ anyOf: [t] })),
    keep,
  );
}

/**
 * The English index's records, from content/translations/en: every measure's English text
 * (measureEnglish) opening its /en/ page, and the English of every section of plan text.
 */
const { translations } = loadContent();
export const searchableEn: Searchable[] = [
  ...library.measures.map((m) => ({
    url: measurePath(m, 'en'),
    text: measureEnglish(translations, m).text,
    plan: m.plan,
    categories: measureCategories(topics, m.id),
    kind: 'measure' as const,
  })),
  ...planTextRecords(library, { translations }).map((r) => ({
    url: r.url,
    text: r.content,
    plan: r.filters.plan![0]!,
    categories: [],
    kind: 'text' as const,
    parent: r.meta.parent,
  })),
];

/**
 * The English rule, written here apart from the site's (src/lib/search/english.ts): the text's
 * words (Intl.Segmenter), lower-cased, possessive 's dropped, stemmed (stemmer); a term is in the
 * text when its stems stand there one after the other.
 */
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const stemsOf = (text: string) =>
  [...wordSegmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) =>
      stemmer(
        s.segment
          .normalize('NFKC')
          .toLowerCase()
          .replace(/['’]s$/u, ''),
      ),
    );

function hasRun(words: string[], term: string[]): boolean {
  if (term.length === 0) return false;
  return words.some((_, i) => term.every((stem, j) => words[i + j] === stem));
}

/** Every English record satisfying all clauses (and `keep`), sorted by URL. */
export function expectedForEn(clauses: Clause[], keep: (r: Searchable) => boolean = () => true): string[] {
  return searchableEn
    .filter((r) => {
      if (!keep(r)) return false;
      const words = stemsOf(r.text);
      return clauses.every((c) => c.anyOf.some((t) => hasRun(words, stemsOf(t))) !== Boolean(c.exclude));
    })
    .map((r) => r.url)
    .sort();
}
