/**
 * The search page in the browser: reads query and filters from the form and the URL, runs the
 * search (src/lib/search/engine.ts), and renders results with DOM text nodes only, so a query is
 * always shown as text and never interpreted as markup.
 */
import {
  chineseMatcher,
  runSearch,
  searchStateFromUrl,
  searchStateToUrl,
  FILTER_NAMES,
  type SearchState,
  type PagefindLike,
  type SearchHit,
  type SearchOutcome,
  type TextMatcher,
} from '#lib/search/engine.ts';
import { RecordLoader, recordOrder } from '#lib/search/shards.ts';
import { describeQuery, isRunnable, parseQuery } from '#lib/search/query.ts';
import { relatedTopics, type RelatedTopic, type TopicMatch } from '#lib/search/related.ts';
import { highlightLink } from '#lib/search/highlight.ts';
import { orSuggestion, otherTerms, wantsOtherTerms } from '#lib/search/hints.ts';
import type { HighlightPiece } from '#lib/search/precision.ts';
import type { SearchPageConfig } from '#lib/search/views.ts';
import { topicMatchesTerm } from '#lib/topics/aliases.ts';
import { fillMessage, type MessageParams } from '#lib/i18n/format.ts';
import type { MessageId } from '#lib/i18n/catalogue.ts';

/** The page hands this script its words in its own language (src/lib/search/views.ts), so no table is bundled. */
const words = JSON.parse(document.querySelector('#search-words')!.textContent!) as Partial<Record<MessageId, string>>;
const config = JSON.parse(document.querySelector('#search-config')!.textContent!) as SearchPageConfig;
const say = (id: MessageId, params: MessageParams = {}) => fillMessage(id, words[id]!, params, config.locale);
const describeWords = {
  term: (term: string) => say('search.describe.term', { term }),
  or: say('search.describe.or'),
  and: say('search.describe.and'),
  without: (excluded: string) => say('search.describe.without', { excluded }),
};

const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
const input = form.querySelector<HTMLInputElement>('#search-query')!;
const measuresOnly = form.querySelector<HTMLInputElement>('#filter-only')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const related = document.querySelector<HTMLElement>('#search-related')!;
const relatedList = document.querySelector<HTMLElement>('#search-related-list')!;
const orHint = document.querySelector<HTMLElement>('#search-or')!;
const orText = document.querySelector<HTMLElement>('#search-or-text')!;
const otherHint = document.querySelector<HTMLElement>('#search-other')!;
const otherList = document.querySelector<HTMLElement>('#search-other-list')!;
const exportButton = document.querySelector<HTMLButtonElement>('#search-export')!;
const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
const retryButton = document.querySelector<HTMLButtonElement>('#search-retry')!;
/** Results are rendered this many at a time: a common term in a large corpus has thousands. */
const PAGE = 100;
const topics = JSON.parse(document.querySelector('#search-topics')!.textContent!) as RelatedTopic[];
const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const planOptionLabels = new Map([...select('plan').options].map((o) => [o.value, o.textContent ?? '']));

// Pagefind is written into dist/pagefind after the build, so it is loaded at run time, not bundled.
// It runs on the main thread (noWorker): its worker script would add 43 KB to the first search.
/** Failed loads so far: a retry imports Pagefind afresh (?retry=n), since a failed module import stays failed. */
let failedLoads = 0;

/**
 * One index the page searches: the page's own (Chinese on /search/, English on /en/search/) or,
 * on the English page, the Chinese one a query in Han characters searches.
 */
interface Index {
  pagefind?: Promise<PagefindLike>;
  load(): Promise<PagefindLike>;
  records: RecordLoader;
}

type Pagefind = PagefindLike & { options(o: object): Promise<void>; init(): Promise<void> };

function openIndex(bundle: SearchPageConfig['bundle'], start = (pf: Pagefind) => pf.init()): Index {
  const index: Index = {
    load() {
      const script = `${bundle.pagefind}pagefind.js`;
      const url = failedLoads === 0 ? script : `${script}?retry=${failedLoads}`;
      index.pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
        await pf.options({ baseUrl: '/', noWorker: true });
        await start(pf);
        return pf;
      });
      return index.pagefind;
    },
    records: new RecordLoader(
      (path) => fetch(path),
      async () => recordOrder(await index.load()),
      bundle.shards,
    ),
  };
  return index;
}

/** The English page's own part (search-english.ts), loaded there only. */
let englishPart: Promise<typeof import('./search-english.ts')> | undefined;
const english = () => (englishPart ??= import('./search-english.ts'));

const own = openIndex(config.bundle);
const chinese = config.chinese ? openIndex(config.chinese, async (pf) => (await english()).startInChinese(pf)) : own;

/** What "contains" means and how topics are matched: the Chinese rule, or on the English page english.ts. */
interface Rules {
  matcher: TextMatcher;
  topicMatch: TopicMatch;
}
const chineseRules: Rules = { matcher: chineseMatcher as TextMatcher, topicMatch: topicMatchesTerm };

/**
 * The index and rules a query runs with. On the English page a query in Han characters searches
 * the Chinese text, and its results are listed with their English pages (`present`).
 */
async function setupFor(
  query: string,
): Promise<{ index: Index; rules: Rules; present?: (hit: SearchHit) => SearchHit }> {
  if (config.locale !== 'en') return { index: own, rules: chineseRules };
  const en = await english();
  if (!en.isChineseQuery(query)) return { index: own, rules: en.englishRules };
  return { index: chinese, rules: chineseRules, present: (hit) => en.inEnglish(hit, config.planNames) };
}

function readForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) if (select(name).value) filters[name] = select(name).value;
  return { query: input.value, filters, measuresOnly: measuresOnly.checked };
}

function writeForm(state: SearchState) {
  input.value = state.query;
  measuresOnly.checked = state.measuresOnly;
  for (const name of FILTER_NAMES) {
    const value = state.filters[name] ?? '';
    const el = select(name);
    el.value = [...el.options].some((o) => o.value === value) ? value : '';
  }
}

/** The plan filter shows how many results each plan has (every other filter applied). */
function writePlanCounts(perPlan: SearchOutcome['perPlan'] | undefined) {
  for (const option of select('plan').options) {
    const label = planOptionLabels.get(option.value) ?? '';
    option.textContent =
      perPlan && option.value !== ''
        ? say('search.filter.planCount', { label, count: perPlan[option.value] ?? 0 })
        : label;
  }
}

function excerptElement(pieces: HighlightPiece[], lang: string | undefined): HTMLParagraphElement {
  const p = document.createElement('p');
  if (lang) p.lang = lang;
  for (const piece of pieces) {
    if (piece.match) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      p.append(mark);
    } else p.append(piece.text);
  }
  return p;
}

/** A result; `lang` marks its title and passage when they are in another language than the page (Chinese text on the English page). */
function hitElement(hit: SearchHit, terms: string[], heading: 'h2' | 'h3', lang: string | undefined): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = highlightLink(hit.url, terms);
  const plan = document.createElement('span');
  plan.className = 'search-result__plan';
  plan.textContent = hit.kind === 'text' ? say('search.hit.planText', { plan: hit.plan }) : hit.plan;
  const name = document.createElement('span');
  if (lang) name.lang = lang;
  name.textContent = hit.title;
  link.append(plan, ' ', name);
  const title = document.createElement(heading);
  title.append(link);
  item.append(title, excerptElement(hit.excerpt, lang));
  if (hit.tasks.length > 0) {
    const tasks = document.createElement('ul');
    tasks.className = 'search-result__tasks';
    tasks.setAttribute('aria-label', say('search.hit.tasks'));
    for (const task of hit.tasks) tasks.append(hitElement(task, terms, 'h3', lang));
    item.append(tasks);
  }
  return item;
}

function showRelated(state: SearchState, match: TopicMatch) {
  const found = relatedTopics(parseQuery(state.query), topics, match);
  related.hidden = found.length === 0;
  relatedList.replaceChildren(say('search.related.lead'));
  found.forEach((topic, i) => {
    if (i > 0) relatedList.append(say('search.related.separator'));
    const link = document.createElement('a');
    link.href = topic.url;
    link.textContent = topic.name;
    relatedList.append(link, say('search.related.count', { count: topic.measures }));
  });
}

/** 碳账户或碳普惠, typed without spaces: offer the OR form (碳账户 | 碳普惠) as a link. */
function showOrSuggestion(state: SearchState) {
  const suggestion = orSuggestion(state.query);
  orHint.hidden = suggestion === null;
  if (suggestion === null) return;
  const link = document.createElement('a');
  link.href = `${config.path}${searchStateToUrl({ ...state, query: suggestion })}`;
  link.textContent = suggestion;
  orText.replaceChildren(say('search.hints.or'), link);
}

/**
 * A query with few measures found: the other terms of the topics it names (src/lib/search/hints.ts),
 * each run here for its count of measures; only those that find more are offered, apart from the results.
 */
async function showOtherTerms(state: SearchState, found: number, ticket: number) {
  const { rules } = await setupFor(state.query);
  const terms = otherTerms(parseQuery(state.query), topics, rules.topicMatch);
  if (terms.length === 0) return;
  const counted: { term: string; count: number }[] = [];
  for (const term of terms) {
    // A term offered runs as it will when followed: in the text its own characters say.
    const { index, rules: termRules } = await setupFor(term);
    const outcome = await runSearch(
      await index.load(),
      { ...state, query: `"${term}"` },
      index.records,
      termRules.matcher,
    );
    const count = outcome.hits.filter((h) => h.kind === 'measure').length;
    if (count > found) counted.push({ term, count });
  }
  if (ticket !== latest || counted.length === 0) return;
  otherList.replaceChildren(say('search.hints.otherLead'));
  counted.forEach(({ term, count }, i) => {
    if (i > 0) otherList.append(say('search.hints.separator'));
    const link = document.createElement('a');
    link.href = `${config.path}${searchStateToUrl({ ...state, query: term })}`;
    link.textContent = term;
    otherList.append(link, say('search.hints.otherCount', { count }));
  });
  otherHint.hidden = false;
}

let latest = 0;
let shown: SearchHit[] = [];
let shownTerms: string[] = [];
/** The language of the results' text when it is not the page's (Chinese text on the English page). */
let shownLang: string | undefined;

/** Renders the next page of results, and offers the rest. */
function renderMore() {
  const from = list.children.length;
  for (const hit of shown.slice(from, from + PAGE)) list.append(hitElement(hit, shownTerms, 'h2', shownLang));
  const left = shown.length - list.children.length;
  moreButton.hidden = left <= 0;
  moreButton.textContent = say('search.more', { next: Math.min(PAGE, left), left });
}
moreButton.addEventListener('click', renderMore);

async function search(state: SearchState) {
  const ticket = ++latest;
  list.replaceChildren();
  exportButton.hidden = true;
  moreButton.hidden = true;
  retryButton.hidden = true;
  shown = [];
  otherHint.hidden = true;
  showOrSuggestion(state);
  const query = parseQuery(state.query);
  let setup: Awaited<ReturnType<typeof setupFor>>;
  let outcome: SearchOutcome;
  try {
    setup = await setupFor(state.query);
    if (ticket !== latest) return;
    showRelated(state, setup.rules.topicMatch);
    if (!isRunnable(query)) {
      writePlanCounts(undefined);
      status.textContent = state.query.trim() === '' ? '' : say('search.status.onlyExcluded', { query: state.query });
      return;
    }
    status.textContent = say('search.status.searching');
    outcome = await runSearch(await setup.index.load(), state, setup.index.records, setup.rules.matcher);
    if (setup.present) outcome = { ...outcome, hits: outcome.hits.map(setup.present) };
  } catch (error) {
    // Pagefind, its WebAssembly, its index or a shard did not load: say so and offer a retry,
    // instead of leaving "searching" on screen.
    if (ticket !== latest) return;
    console.error(error);
    for (const index of new Set([own, chinese])) {
      index.pagefind = undefined;
      index.records.forgetFailures();
    }
    englishPart = undefined;
    failedLoads += 1;
    writePlanCounts(undefined);
    status.textContent = say('search.status.failed');
    retryButton.hidden = false;
    return;
  }
  if (ticket !== latest) return;
  writePlanCounts(outcome.perPlan);
  const echo =
    (setup.present ? say('search.status.chinese') : '') + say('search.status.echo', { query: state.query.trim() });
  const described = describeQuery(query, describeWords);
  if (outcome.hits.length === 0) {
    const filtered = Object.keys(state.filters).length > 0 || state.measuresOnly;
    status.textContent = say('search.status.none', {
      echo,
      described,
      advice: say(filtered ? 'search.status.none.dropFilters' : 'search.status.none.otherWords'),
    });
    if (filtered) {
      const link = document.createElement('a');
      link.href = `${config.path}${searchStateToUrl({ query: state.query, filters: {}, measuresOnly: false })}`;
      link.textContent = say('search.status.none.dropFiltersLink');
      status.append(link);
    }
    void showOtherTerms(state, 0, ticket).catch((error: unknown) => console.error(error));
    return;
  }
  const measures = outcome.hits.filter((h) => h.kind === 'measure').length;
  const texts = outcome.hits.length - measures;
  status.textContent = say('search.status.found', {
    echo,
    count: outcome.hits.length,
    described,
    measures,
    texts: texts > 0 ? say('search.status.found.texts', { count: texts }) : '',
  });
  shownTerms = setup.rules.matcher.highlightTerms(query);
  shownLang = setup.present ? 'zh-CN' : undefined;
  shown = outcome.hits;
  renderMore();
  exportButton.hidden = false;
  if (wantsOtherTerms(measures))
    void showOtherTerms(state, measures, ticket).catch((error: unknown) => console.error(error));
}

retryButton.textContent = say('search.retry');
retryButton.addEventListener('click', () => {
  retryButton.hidden = true;
  show(readForm(), 'none');
});

exportButton.addEventListener('click', async () => {
  // csv-stringify is loaded only when a reader asks for the file.
  const { resultsCsv } = await import('#lib/search/results-csv.ts');
  const blob = new Blob([resultsCsv(shown, location.origin)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'search-results.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

function show(state: SearchState, mode: 'push' | 'replace' | 'none') {
  const url = `${config.path}${searchStateToUrl(state)}`;
  if (mode === 'push') history.pushState(null, '', url);
  if (mode === 'replace') history.replaceState(null, '', url);
  void search(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => show(readForm(), 'replace'), 250);
});
for (const name of FILTER_NAMES) select(name).addEventListener('change', () => show(readForm(), 'replace'));
measuresOnly.addEventListener('change', () => show(readForm(), 'replace'));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  show(readForm(), 'push');
});
window.addEventListener('popstate', () => {
  const state = searchStateFromUrl(location.search);
  writeForm(state);
  show(state, 'none');
});

const initial = searchStateFromUrl(location.search);
writeForm(initial);
show(initial, 'none');
