/**
 * The search page in the browser: reads query and filters from the form and the URL, runs the
 * search (src/lib/search/engine.ts), and renders results with DOM text nodes only, so a query is
 * always shown as text and never interpreted as markup.
 */
import {
  runSearch,
  searchStateFromUrl,
  searchStateToUrl,
  FILTER_NAMES,
  type SearchState,
  type PagefindLike,
  type SearchHit,
  type SearchOutcome,
} from '#lib/search/engine.ts';
import { RecordLoader, recordOrder } from '#lib/search/shards.ts';
import { describeQuery, highlightTerms, isRunnable, parseQuery } from '#lib/search/query.ts';
import { relatedTopics, type RelatedTopic } from '#lib/search/related.ts';
import { highlightLink } from '#lib/search/highlight.ts';
import type { HighlightPiece } from '#lib/search/precision.ts';

const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
const input = form.querySelector<HTMLInputElement>('#search-query')!;
const measuresOnly = form.querySelector<HTMLInputElement>('#filter-only')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const related = document.querySelector<HTMLElement>('#search-related')!;
const relatedList = document.querySelector<HTMLElement>('#search-related-list')!;
const exportButton = document.querySelector<HTMLButtonElement>('#search-export')!;
const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
/** Results are rendered this many at a time: a common term in a large corpus has thousands. */
const PAGE = 100;
const topics = JSON.parse(document.querySelector('#search-topics')!.textContent!) as RelatedTopic[];
const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const planOptionLabels = new Map([...select('plan').options].map((o) => [o.value, o.textContent ?? '']));

// Pagefind is written into dist/pagefind after the build, so it is loaded at run time, not bundled.
// It runs on the main thread (noWorker): its worker script would add 43 KB to the first search.
const PAGEFIND = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindLike> | undefined;
function loadPagefind(): Promise<PagefindLike> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (pf) => {
    await pf.options({ baseUrl: '/', noWorker: true });
    await pf.init();
    return pf as PagefindLike;
  });
  return pagefind;
}
const records = new RecordLoader(
  (path) => fetch(path),
  async () => recordOrder(await loadPagefind()),
);

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
    option.textContent = perPlan && option.value !== '' ? `${label}（${perPlan[option.value] ?? 0}）` : label;
  }
}

function excerptElement(pieces: HighlightPiece[]): HTMLParagraphElement {
  const p = document.createElement('p');
  for (const piece of pieces) {
    if (piece.match) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      p.append(mark);
    } else p.append(piece.text);
  }
  return p;
}

function hitElement(hit: SearchHit, terms: string[], heading: 'h2' | 'h3'): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = highlightLink(hit.url, terms);
  const plan = document.createElement('span');
  plan.className = 'search-result__plan';
  plan.textContent = hit.kind === 'text' ? `${hit.plan} · 正文` : hit.plan;
  link.append(plan, ` ${hit.title}`);
  const title = document.createElement(heading);
  title.append(link);
  item.append(title, excerptElement(hit.excerpt));
  if (hit.tasks.length > 0) {
    const tasks = document.createElement('ul');
    tasks.className = 'search-result__tasks';
    tasks.setAttribute('aria-label', '附件中分解本条的任务');
    for (const task of hit.tasks) tasks.append(hitElement(task, terms, 'h3'));
    item.append(tasks);
  }
  return item;
}

function showRelated(state: SearchState) {
  const found = relatedTopics(parseQuery(state.query), topics);
  related.hidden = found.length === 0;
  relatedList.replaceChildren('相关主题：');
  found.forEach((topic, i) => {
    if (i > 0) relatedList.append('；');
    const link = document.createElement('a');
    link.href = topic.url;
    link.textContent = topic.name;
    relatedList.append(link, `（${topic.measures} 条举措）`);
  });
}

let latest = 0;
let shown: SearchHit[] = [];
let shownTerms: string[] = [];

/** Renders the next page of results, and offers the rest. */
function renderMore() {
  const from = list.children.length;
  for (const hit of shown.slice(from, from + PAGE)) list.append(hitElement(hit, shownTerms, 'h2'));
  const left = shown.length - list.children.length;
  moreButton.hidden = left <= 0;
  moreButton.textContent = `再显示 ${Math.min(PAGE, left)} 条（还有 ${left} 条）`;
}
moreButton.addEventListener('click', renderMore);

async function search(state: SearchState) {
  const ticket = ++latest;
  list.replaceChildren();
  exportButton.hidden = true;
  moreButton.hidden = true;
  shown = [];
  showRelated(state);
  const query = parseQuery(state.query);
  if (!isRunnable(query)) {
    writePlanCounts(undefined);
    status.textContent = state.query.trim() === '' ? '' : `检索式“${state.query}”只有排除的词：请至少写一个要找的词。`;
    return;
  }
  status.textContent = '正在检索…';
  const outcome = await runSearch(await loadPagefind(), state, records);
  if (ticket !== latest) return;
  writePlanCounts(outcome.perPlan);
  const echo = `检索式：${state.query.trim()}`;
  const described = describeQuery(query);
  if (outcome.hits.length === 0) {
    const filtered = Object.keys(state.filters).length > 0 || state.measuresOnly;
    status.textContent = `${echo}。没有找到含有${described}的举措或段落。${filtered ? '可以去掉筛选条件再试：' : '可以换一个词，或只用其中一部分。'}`;
    if (filtered) {
      const link = document.createElement('a');
      link.href = `/search/${searchStateToUrl({ query: state.query, filters: {}, measuresOnly: false })}`;
      link.textContent = '去掉筛选再检索';
      status.append(link);
    }
    return;
  }
  const measures = outcome.hits.filter((h) => h.kind === 'measure').length;
  const texts = outcome.hits.length - measures;
  status.textContent = `${echo}。找到 ${outcome.hits.length} 处含有${described}：举措 ${measures} 条${texts > 0 ? `，正文段落 ${texts} 处` : ''}。`;
  shownTerms = highlightTerms(query);
  shown = outcome.hits;
  renderMore();
  exportButton.hidden = false;
}

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
  const url = `/search/${searchStateToUrl(state)}`;
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
