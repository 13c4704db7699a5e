/**
 * What a search should find, computed from the content independently of the site's search code:
 * every measure (its printed text) and plan-text section whose text satisfies every clause.
 */
import { loadContent } from '#lib/build/load.ts';
import { planTextRecords, measureCategories } from '#lib/search/records.ts';
import { measurePath } from '#lib/site/paths.ts';

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
