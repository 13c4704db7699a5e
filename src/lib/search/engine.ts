/**
 * Search as the site runs it, in the browser and in tests alike: Pagefind finds candidates,
 * search-precision keeps those whose text contains every term, results are ordered as the plans
 * read. Pagefind is passed in, so tests can query the built index from Node.
 */
import { containsAllTerms, excerpt, queryTerms, type HighlightPiece } from './precision.ts';

export const FILTER_NAMES = ['plan', 'region', 'level', 'category'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string>>;
}

/** The part of a Pagefind result this module reads. */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindLike {
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

export interface SearchHit {
  url: string;
  title: string;
  plan: string;
  kind: 'measure' | 'text';
  excerpt: HighlightPiece[];
}

export interface SearchOutcome {
  terms: string[];
  hits: SearchHit[];
  /** How many results Pagefind returned before the precision step. */
  candidates: number;
}

/** Reads query and filters from a URL's search string, e.g. ?q=碳账户&plan=rongchang. Unknown keys are ignored. */
export function searchStateFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: params.get('q') ?? '', filters };
}

/** The search string that reproduces a state, so a search can be shared. */
export function searchStateToUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** Fragments are fetched this many at a time. */
const BATCH = 16;

export async function runSearch(pagefind: PagefindLike, state: SearchState): Promise<SearchOutcome> {
  const terms = queryTerms(state.query);
  if (terms.length === 0) return { terms, hits: [], candidates: 0 };
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  const response = await pagefind.search(terms.join(' '), { filters });
  const results = response?.results ?? [];
  const data: PagefindResultData[] = [];
  for (let i = 0; i < results.length; i += BATCH) {
    data.push(...(await Promise.all(results.slice(i, i + BATCH).map((r) => r.data()))));
  }
  const hits = data
    .filter((d) => containsAllTerms(d.content, terms))
    .sort((a, b) => (a.meta.order ?? '').localeCompare(b.meta.order ?? '') || a.url.localeCompare(b.url))
    .map((d) => ({
      url: d.url,
      title: d.meta.title ?? d.url,
      plan: d.meta.plan ?? '',
      kind: d.meta.kind === 'text' ? ('text' as const) : ('measure' as const),
      excerpt: excerpt(d.content, terms),
    }));
  return { terms, hits, candidates: results.length };
}
