/**
 * "Compare your text" (/compare/text/): reads the pasted text or the chosen file, hands it to the
 * worker (src/client/compare-text-worker.ts, created on first use, so the comparison core and the
 * library file load only when the page is used) and prints the rows it answers. The text stays in
 * the page: the worker fetches only the site's own library file. Words come from the page.
 */
import { fillMessage, type MessageParams } from '#lib/i18n/format.ts';
import type { MessageId } from '#lib/i18n/catalogue.ts';
import { fileText, pastedText, type PasteInput, type PasteProblem } from '#lib/intake/paste-input.ts';
import { percent } from '#lib/site/format.ts';
import type { RedlineOp } from '#lib/compare/types.ts';
import type { WorkerAnswer, WorkerRequest } from './compare-text-worker.ts';

const form = document.querySelector<HTMLFormElement>('#compare-text-form')!;
const words = JSON.parse(document.querySelector('#compare-text-words')!.textContent!) as Partial<
  Record<MessageId, string>
>;
const say = (id: MessageId, params: MessageParams = {}) => fillMessage(id, words[id]!, params);
const textarea = form.querySelector<HTMLTextAreaElement>('#compare-text-input')!;
const picker = form.querySelector<HTMLInputElement>('#compare-text-file')!;
const status = document.querySelector<HTMLElement>('#compare-text-status')!;
const results = document.querySelector<HTMLElement>('#compare-text-results')!;
const list = document.querySelector<HTMLElement>('#compare-text-list')!;
const summary = document.querySelector<HTMLElement>('#compare-text-summary')!;
const download = document.querySelector<HTMLButtonElement>('#compare-text-download')!;
const downloadCsv = document.querySelector<HTMLButtonElement>('#compare-text-download-csv')!;
const sharesList = document.querySelector<HTMLElement>('#compare-text-shares')!;
const unmatchedList = document.querySelector<HTMLElement>('#compare-text-unmatched')!;
const untouchedList = document.querySelector<HTMLElement>('#compare-text-untouched')!;
const libraryHref = form.dataset.library!;
const locale = form.dataset.locale === 'en' ? 'en' : 'zh-CN';
const listOf = (items: string[]) => new Intl.ListFormat(locale).format(items);
/** Between the two shares of a link, as each language punctuates two clauses. */
const clauses = (a: string, b: string) => (locale === 'en' ? `${a}; ${b}` : `${a}；${b}`);
/** Plan text and pasted text are Chinese: on the English page, an element holding them says so. */
const chinese = <E extends HTMLElement>(made: E): E => {
  if (locale === 'en') made.lang = 'zh-CN';
  return made;
};

form.hidden = false;
let worker: Worker | undefined;
let asked = 0;
let json = '';
let csv = '';
/** The chosen file's text, read when it is chosen; pasting or typing afterwards compares the text box instead. */
let chosen: PasteInput | undefined;

function problem(p: PasteProblem, megabytes = ''): void {
  status.textContent = say(`compareText.problem.${p}`, { size: megabytes });
  status.classList.add('compare-text__problem');
  results.hidden = true;
}

picker.addEventListener('change', async () => {
  const file = picker.files?.[0];
  chosen = file ? fileText(new Uint8Array(await file.arrayBuffer())) : undefined;
  if (chosen?.ok) textarea.value = chosen.text;
  else if (chosen) problem(chosen.problem, chosen.megabytes);
});
textarea.addEventListener('input', () => (chosen = undefined));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = chosen && !chosen.ok ? chosen : pastedText(textarea.value);
  if (!input.ok) return problem(input.problem, input.megabytes);
  status.classList.remove('compare-text__problem');
  status.textContent = say('compareText.status.comparing');
  form.setAttribute('aria-busy', 'true');
  worker ??= startWorker();
  const request: WorkerRequest = { id: ++asked, text: input.text, libraryHref, locale };
  worker.postMessage(request);
});

function startWorker(): Worker {
  const started = new Worker(new URL('./compare-text-worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    if (answer.id !== asked) return; // an answer to an earlier text, overtaken by a newer one
    form.removeAttribute('aria-busy');
    if (!answer.ok) {
      if (answer.problem === 'failed') {
        status.textContent = say('compareText.status.failed');
        results.hidden = true;
      } else problem(answer.problem);
      return;
    }
    json = answer.json;
    csv = answer.csv;
    show(answer.rows);
  });
  started.addEventListener('error', () => {
    form.removeAttribute('aria-busy');
    status.textContent = say('compareText.status.failed');
    worker = undefined;
  });
  return started;
}

function save(content: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
download.addEventListener('click', () => save(json, 'application/json', 'compare-text.json'));
downloadCsv.addEventListener('click', () => save(csv, 'text/csv;charset=utf-8', 'compare-text.csv'));

type Rows = Extract<WorkerAnswer, { ok: true }>['rows'];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text) made.textContent = text;
  if (className) made.className = className;
  return made;
}

/** The redline as RedlineText prints it: a name substitution is one unit, a width change shows the later form. */
function redline(ops: RedlineOp[]): HTMLElement {
  const p = chinese(element('p', '', 'redline compare-text__redline'));
  for (const op of ops) {
    if (op.op === 'equal') p.append(op.text);
    else if (op.op === 'form') p.append(op.to);
    else if (op.op === 'insert') p.append(element('ins', op.text));
    else if (op.op === 'delete') p.append(element('del', op.text));
    else {
      const subst = element('span', '', 'subst');
      subst.append(element('del', op.from), element('ins', op.to));
      p.append(subst);
    }
  }
  return p;
}

/** A list item holding one link. */
function linked(href: string, text: string): HTMLLIElement {
  const li = element('li');
  const a = element('a', text);
  a.href = href;
  li.append(a);
  return li;
}

function show(rows: Rows): void {
  const matched = rows.measures.filter((m) => m.links.length > 0);
  const links = matched.reduce((n, m) => n + m.links.length, 0);
  status.textContent = say('compareText.status.done', {
    measures: rows.measures.length,
    matched: matched.length,
    links,
  });
  summary.replaceChildren();
  if (rows.excluded.length)
    summary.append(element('p', say('compareText.results.excluded', { plans: listOf(rows.excluded) })));
  // The share as the pair pages print 对应文字比例 (alignedShare: one decimal).
  sharesList.replaceChildren(
    ...rows.shares.map((s) =>
      element('li', say('compareText.results.share', { plan: s.planName, share: percent(s.share, 1), links: s.links })),
    ),
  );
  unmatchedList.replaceChildren(
    ...(rows.unmatched.length
      ? rows.unmatched.map((m) => chinese(linked(`#${m.anchor}`, `${m.label} ${m.title}`.trim())))
      : [element('li', say('compareText.results.allMatched'))]),
  );
  untouchedList.replaceChildren(
    ...(rows.untouched.length
      ? rows.untouched.map((t) => {
          const li = linked(t.href, t.name);
          li.dataset.topic = t.id;
          return li;
        })
      : [element('li', say('compareText.results.allTouched'))]),
  );

  list.replaceChildren(
    ...rows.measures.map((m) => {
      const item = element('li', '', 'compare-text__measure');
      item.id = m.anchor;
      item.dataset.label = m.label;
      item.append(chinese(element('h4', `${m.label} ${m.title}`.trim())));
      if (m.links.length === 0) {
        item.append(element('p', say('compareText.results.none'), 'compare-text__none'));
        return item;
      }
      const counterparts = element('ul', '', 'compare-text__links');
      for (const link of m.links) {
        const li = element('li');
        li.dataset.measure = link.measure;
        const a = element('a', `${link.planName} ${link.measure} `);
        a.append(chinese(element('span', link.title)));
        a.href = link.href;
        li.append(
          a,
          ' ',
          element('span', say(`compare.kind.${link.kind}`), `compare-text__kind compare-text__kind--${link.kind}`),
          ' ',
          element(
            'span',
            clauses(
              say('compareText.results.textShare', { share: percent(link.textShare) }),
              say('compareText.results.libraryShare', { share: percent(link.libraryShare) }),
            ),
            'units',
          ),
        );
        if (link.kind !== 'copied') li.append(redline(link.redline));
        counterparts.append(li);
      }
      item.append(counterparts);
      return item;
    }),
  );
  results.hidden = false;
}
