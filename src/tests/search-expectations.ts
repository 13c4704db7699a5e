/**
 * What a search should find, computed from the content independently of the site's search code:
 * every measure (its printed text) and plan-text section whose text contains every term.
 */
import { loadLibrary, loadTopics } from '#lib/content/load.ts';
import { planTextRecords, measureCategories } from '#lib/search/records.ts';
import { measurePath } from '#lib/site/paths.ts';

const library = loadLibrary();
const topics = loadTopics(library);

export interface Searchable {
  url: string;
  text: string;
  plan: string;
  categories: string[];
}

export const searchable: Searchable[] = [
  ...library.measures.map((m) => ({
    url: measurePath(m),
    text: m.paragraphs.join('\n'),
    plan: m.plan,
    categories: measureCategories(topics, m.id),
  })),
  ...planTextRecords(library).map((r) => ({ url: r.url, text: r.content, plan: r.filters.plan![0]!, categories: [] })),
];

/** NFKC, white space removed, Latin lower-cased. */
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

export function expectedResults(terms: string[], keep: (r: Searchable) => boolean = () => true): string[] {
  return searchable
    .filter((r) => keep(r) && terms.every((t) => fold(r.text).includes(fold(t))))
    .map((r) => r.url)
    .sort();
}
