/**
 * Measures what search costs a reader, in a real browser (Debian's Chromium) against dist/:
 * bytes fetched for the first search on a cold load and for each search after, and the time from
 * the last keystroke to results on screen. Run after `npm run build`:
 *
 *   node scripts/bench-search.ts          (npm run bench)
 *   node scripts/bench-search.ts en       the English page, /en/search/, with English queries and one in Chinese
 *
 * Numbers go in README.md ("Search cost"). Timings vary by machine; they are not asserted in tests.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startBrowserSession } from '#tests/browser-session.ts';
import { distFile } from '#tests/built-site.ts';
import { message, type Locale } from '#lib/i18n/catalogue.ts';
import { pagePath } from '#lib/site/paths.ts';

const LOCALE: Locale = process.argv[2] === 'en' ? 'en' : 'zh-CN';
const QUERIES =
  LOCALE === 'en'
    ? [
        'carbon accounts',
        'bonds',
        'green',
        '"green insurance" | "pollution liability insurance" -catastrophe',
        '碳账户',
      ]
    : ['碳账户', '长江绿融通', '区财政局', '绿色', '绿色保险 | 环境污染责任保险 -巨灾'];
const FIRST_COMMON = LOCALE === 'en' ? 'green' : '绿色';
const SEARCH_PAGE = pagePath('search', LOCALE);

/** What the Starlight docs template's Pagefind fetches for the first search of 碳账户 (issue 13), in bytes. */
const STARLIGHT_FIRST_SEARCH = 205_918;

const session = await startBrowserSession();

/** Bytes of the files served for these requests: as stored, and gzip-compressed as a server would send text. */
function cost(paths: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const body = readFileSync(distFile(path));
    raw += body.length;
    // Pagefind's index files are compressed already; a server would send them as they are.
    gzip += /\.(html|css|js|json|svg)$/.test(path) || path.endsWith('/') ? gzipSync(body).length : body.length;
  }
  return { requests: paths.length, raw, gzip };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** A query in a Markdown table cell: its | escaped. */
const cell = (text: string) => text.replace(/\|/g, '\\|');
const rows: string[][] = [
  [
    'Starlight baseline: first search “碳账户”',
    '',
    `${kb(STARLIGHT_FIRST_SEARCH)} = ${STARLIGHT_FIRST_SEARCH} B`,
    '',
    '',
  ],
];

/** Opens /search/ in a fresh browser context (cold cache) and runs the queries one after the other. */
async function measure(queries: string[], loadRow: boolean) {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  let requested: string[] = [];
  page.on('requestfinished', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${session.server.origin}${SEARCH_PAGE}`);
  await page.waitForLoadState('networkidle');
  const load = cost(requested);
  if (loadRow) rows.push([`load ${SEARCH_PAGE} (cold)`, String(load.requests), kb(load.raw), kb(load.gzip), '']);
  for (const [i, query] of queries.entries()) {
    requested = [];
    const input = page.getByLabel(message('search.query.label', {}, LOCALE));
    await input.fill('');
    const started = performance.now();
    await input.fill(query);
    await page.waitForFunction(
      ([echo, searching]) => {
        const status = document.querySelector('#search-status')?.textContent ?? '';
        // The status echoes the query when results are on screen (in either edition's punctuation).
        return (status.includes(`${echo}.`) || status.includes(`${echo}。`)) && !status.endsWith(searching);
      },
      [message('search.status.echo', { query }, LOCALE), message('search.status.searching', {}, LOCALE)] as const,
    );
    const elapsed = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results > li').count();
    const c = cost(requested);
    const records = requested.filter((p) => p.endsWith('.pf_fragment') || p.endsWith('.pf_text')).length;
    rows.push([
      `${i === 0 ? 'first search' : 'then'} “${cell(query)}” (${results} results)`,
      `${c.requests} (${records})`,
      i === 0 ? `${kb(c.raw)} = ${c.raw} B = ${(c.raw / STARLIGHT_FIRST_SEARCH).toFixed(2)}× Starlight` : kb(c.raw),
      kb(c.gzip),
      `${Math.round(elapsed)} ms`,
    ]);
  }
  await context.close();
}

await measure(QUERIES, true);
// The most common term as the very first search: the precision step's worst case.
await measure([FIRST_COMMON], false);

await session.close();
const header = [
  'step',
  'requests (of which text fragments or shards)',
  'bytes as stored',
  'bytes gzip',
  'input → results (incl. 250 ms debounce)',
];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
