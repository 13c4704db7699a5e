/**
 * The search page in the browser: reads query and filters from the form and the URL, runs the
 * search (src/lib/search-engine.ts), and renders results with DOM text nodes only, so a query is
 * always shown as text and never interpreted as markup.
 */
import {
  runSearch,
  searchStateFromUrl,
  searchStateToUrl,
  FILTER_NAMES,
  type SearchState,
  type PagefindLike,
} from '#lib/search/engine.ts';
import type { HighlightPiece } from '#lib/search/precision.ts';

const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
const input = form.querySelector<HTMLInputElement>('#search-query')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

// Pagefind is written into dist/pagefind after the build, so it is loaded at run time, not bundled.
const PAGEFIND = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindLike> | undefined;
function loadPagefind(): Promise<PagefindLike> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (pf) => {
    await pf.options({ baseUrl: '/' });
    await pf.init();
    return pf as PagefindLike;
  });
  return pagefind;
}

function readForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) if (select(name).value) filters[name] = select(name).value;
  return { query: input.value, filters };
}

function writeForm(state: SearchState) {
  input.value = state.query;
  for (const name of FILTER_NAMES) {
    const value = state.filters[name] ?? '';
    const el = select(name);
    el.value = [...el.options].some((o) => o.value === value) ? value : '';
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

let latest = 0;
async function search(state: SearchState) {
  const ticket = ++latest;
  list.replaceChildren();
  if (state.query.trim() === '') {
    status.textContent = '';
    return;
  }
  status.textContent = '正在检索…';
  const outcome = await runSearch(await loadPagefind(), state);
  if (ticket !== latest) return;
  const quoted = outcome.terms.map((t) => `“${t}”`).join('和');
  if (outcome.hits.length === 0) {
    const filtered = Object.keys(state.filters).length > 0;
    status.textContent = `没有找到含有${quoted}的举措或段落。${filtered ? '可以去掉筛选条件再试：' : '可以换一个词，或只用其中一部分。'}`;
    if (filtered) {
      const link = document.createElement('a');
      link.href = `/search/${searchStateToUrl({ query: state.query, filters: {} })}`;
      link.textContent = '去掉筛选再检索';
      status.append(link);
    }
    return;
  }
  const perPlan = new Map<string, number>();
  for (const hit of outcome.hits) perPlan.set(hit.plan, (perPlan.get(hit.plan) ?? 0) + 1);
  status.textContent = `找到 ${outcome.hits.length} 处含有${quoted}：${[...perPlan].map(([plan, n]) => `${plan} ${n}`).join('，')}。`;
  for (const hit of outcome.hits) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = hit.url;
    const plan = document.createElement('span');
    plan.className = 'search-result__plan';
    plan.textContent = hit.kind === 'text' ? `${hit.plan} · 正文` : hit.plan;
    link.append(plan, ` ${hit.title}`);
    const heading = document.createElement('h2');
    heading.append(link);
    item.append(heading, excerptElement(hit.excerpt));
    list.append(item);
  }
}

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
