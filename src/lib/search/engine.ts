/**
 * Search as the site runs it, in the browser and in tests alike. Pagefind finds candidates for
 * each term the query requires (query.ts); the precision step reads their text (shards.ts) and
 * keeps those that satisfy the whole query; results are filtered, grouped and ranked here.
 * Pagefind and the record loader are passed in, so tests query the built index from Node.
 *
 * Relevance order: measures first — those whose title contains a term, then by how often the
 * terms occur, then in plan order — then sections of plan text in plan order. An annex task whose
 * measure is also a result is shown under that measure and not counted as a result of its own.
 */
import { excerpt, fold, termRanges, type HighlightPiece, type RangeFinder } from './precision.ts';
import {
  highlightTerms,
  isRunnable,
  matchesFolded,
  parseQuery,
  requiredClauses,
  termFrequency,
  type Query,
} from './query.ts';

export const FILTER_NAMES = ['plan', 'region', 'level', 'category'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  /** The query as typed. */
  query: string;
  filters: Partial<Record<FilterName, string>>;
  /** 只看举措: leave out sections of plan text. */
  measuresOnly: boolean;
}

/** The part of a Pagefind result (or a shard record) this module reads. */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindLike {
  /** A term, or null with a sort to list every result (shards.ts recordOrder). */
  search(
    query: string | null,
    options?: { sort?: Record<string, 'asc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** Reads the records of candidates (shards.ts RecordLoader in the site). */
export interface RecordSource {
  load(candidates: readonly PagefindResult[]): Promise<Map<string, PagefindResultData>>;
}

/** Loads each candidate's own fragment: the simplest source, for tests of this module. */
export const fragmentSource: RecordSource = {
  async load(candidates) {
    return new Map(await Promise.all(candidates.map(async (c) => [c.id, await c.data()] as const)));
  },
};

export interface SearchHit {
  url: string;
  title: string;
  /** The plan's short name and slug. */
  plan: string;
  planSlug: string;
  kind: 'measure' | 'text';
  /** A measure's id or slug#anchor, and its number or anchor (meta of records.ts). */
  id: string;
  number: string;
  excerpt: HighlightPiece[];
  /** Annex tasks under this measure that match too. */
  tasks: SearchHit[];
}

export interface SearchOutcome {
  query: Query;
  /** The results shown, in relevance order. */
  hits: SearchHit[];
  /** Results per plan slug with every filter but the plan applied: the counts the plan filter shows. */
  perPlan: Record<string, number>;
  /** How many results Pagefind returned before the precision step. */
  candidates: number;
}

/** Reads query and filters from a URL's search string, e.g. ?q=碳账户&plan=rongchang&only=measures. */
export function searchStateFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: params.get('q') ?? '', filters, measuresOnly: params.get('only') === 'measures' };
}

/** The search string that reproduces a state, so a search can be shared. */
export function searchStateToUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.measuresOnly) params.set('only', 'measures');
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/**
 * What "contains" means, per edition of the text searched: the Chinese rule (folded strings,
 * precision.ts and query.ts) is the default; the English page passes the rule of english.ts
 * (word stems). `P` is a text prepared once for every clause.
 */
export interface TextMatcher<P = unknown> {
  prepare(text: string): P;
  matches(prepared: P, query: Query): boolean;
  frequency(prepared: P, query: Query): number;
  /** The terms results highlight and their links carry. */
  highlightTerms(query: Query): string[];
  /** Where those terms stand in a text: what excerpts mark, and whether a title names a term. */
  ranges: RangeFinder;
  /** Excerpts are cut between words (English) rather than between characters. */
  wholeWords: boolean;
  /** What Pagefind is asked for one alternative of a clause. */
  candidateTerm(term: Query['clauses'][number]['alternatives'][number]): string;
}

/** The Chinese rule: NFKC, Latin case and white space folded; a term stands in the text as a string. */
export const chineseMatcher: TextMatcher<string> = {
  prepare: fold,
  matches: matchesFolded,
  frequency: termFrequency,
  highlightTerms,
  ranges: termRanges,
  wholeWords: false,
  candidateTerm: (term) => term.folded,
};

/** Candidates for a query: for each required clause, the union of Pagefind's results for its alternatives; then their intersection. */
async function candidatesFor(
  pagefind: PagefindLike,
  query: Query,
  candidateTerm: TextMatcher['candidateTerm'],
): Promise<PagefindResult[]> {
  let kept: Map<string, PagefindResult> | undefined;
  for (const clause of requiredClauses(query)) {
    const union = new Map<string, PagefindResult>();
    for (const alternative of clause.alternatives) {
      const response = await pagefind.search(candidateTerm(alternative));
      for (const result of response?.results ?? []) union.set(result.id, result);
    }
    kept = kept === undefined ? union : new Map([...kept].filter(([id]) => union.has(id)));
  }
  return [...(kept?.values() ?? [])];
}

interface Verified {
  data: PagefindResultData;
  prepared: unknown;
}

function passesFilters(data: PagefindResultData, filters: SearchState['filters'], except?: FilterName): boolean {
  return FILTER_NAMES.every((name) => {
    const wanted = filters[name];
    return !wanted || name === except || (data.filters?.[name] ?? []).includes(wanted);
  });
}

export async function runSearch<P>(
  pagefind: PagefindLike,
  state: SearchState,
  source: RecordSource = fragmentSource,
  matcher: TextMatcher<P> = chineseMatcher as unknown as TextMatcher<P>,
): Promise<SearchOutcome> {
  const query = parseQuery(state.query);
  if (!isRunnable(query)) return { query, hits: [], perPlan: {}, candidates: 0 };
  const candidates = await candidatesFor(pagefind, query, matcher.candidateTerm);
  const records = await source.load(candidates);
  const verified: Verified[] = [];
  for (const candidate of candidates) {
    const data = records.get(candidate.id);
    if (!data) continue;
    const prepared = matcher.prepare(data.content);
    if (matcher.matches(prepared, query)) verified.push({ data, prepared });
  }
  const terms = matcher.highlightTerms(query);
  const toHit = ({ data }: Verified): SearchHit => ({
    url: data.url,
    title: data.meta.title ?? data.url,
    plan: data.meta.plan ?? '',
    planSlug: data.filters?.plan?.[0] ?? '',
    kind: data.meta.kind === 'text' ? 'text' : 'measure',
    id: data.meta.id ?? data.url,
    number: data.meta.number ?? '',
    excerpt: excerpt(data.content, terms, matcher.wholeWords ? 100 : 60, matcher.ranges, matcher.wholeWords),
    tasks: [],
  });

  const filtered = verified.filter((v) => passesFilters(v.data, state.filters, 'plan'));
  const byOrder = (a: Verified, b: Verified) =>
    (a.data.meta.order ?? '').localeCompare(b.data.meta.order ?? '') || a.data.url.localeCompare(b.data.url);
  const titleHit = (v: Verified) => matcher.ranges(v.data.meta.title ?? '', terms).length > 0;
  const measures = filtered
    .filter((v) => v.data.meta.kind !== 'text')
    .map((v) => ({ v, inTitle: titleHit(v), frequency: matcher.frequency(v.prepared as P, query) }))
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.frequency - a.frequency || byOrder(a.v, b.v))
    .map(({ v }) => toHit(v));
  const measureByUrl = new Map(measures.map((h) => [h.url, h]));
  const texts: SearchHit[] = [];
  for (const v of filtered.filter((v) => v.data.meta.kind === 'text').sort(byOrder)) {
    const parent = v.data.meta.parent ? measureByUrl.get(v.data.meta.parent) : undefined;
    if (parent) parent.tasks.push(toHit(v));
    else if (!state.measuresOnly) texts.push(toHit(v));
  }
  const all = [...measures, ...texts];
  const perPlan: Record<string, number> = {};
  for (const hit of all) perPlan[hit.planSlug] = (perPlan[hit.planSlug] ?? 0) + 1;
  const hits = state.filters.plan ? all.filter((h) => h.planSlug === state.filters.plan) : all;
  return { query, hits, perPlan, candidates: candidates.length };
}
