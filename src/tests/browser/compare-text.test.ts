/**
 * "Compare your text" (/compare/text/) in a real browser: a district plan's source pasted gives the
 * counterparts the build computes for that plan, the JSON download holds the command's rows, no
 * request carries the text, a long text leaves the page answering, and bad input is named.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { axeViolations, useBrowserSession } from '#tests/browser-session.ts';
import { loadContent } from '#lib/build/load.ts';
import { contextOf } from '#lib/build/context.ts';
import { message } from '#lib/i18n/catalogue.ts';
import { comparePasted, comparisonJson, pasteLibrary } from '#lib/intake/paste.ts';
import { percent } from '#lib/site/format.ts';
import { parse } from 'csv-parse/sync';

const browser = useBrowserSession({ hostHeaders: true });
// The first comparison fetches the library file and compares it whole: seconds on a loaded 2-core machine.
const POLL = { timeout: 50_000 };
const tables = loadContent();
const ctx = contextOf(tables);
const district = tables.library.plans.find((p) => p.meta.level === 'district-plan')!;
const source = tables.sources[district.meta.source]!;

/** Links the build computes between the district plan and the other plans: (printed label, other measure id). */
const buildLinks = district.measures.flatMap((m) =>
  (ctx.counterpartIndex.byMeasure.get(m.id) ?? []).map(
    (link) => `${m.label} ${link.from === m.id ? link.to : link.from}`,
  ),
);

/** The build's own figures for the district plan against each other plan: the pair page's 对应文字比例 and links. */
const buildShares = tables.library.plans
  .filter((p) => p.slug !== district.slug)
  .map((other) => {
    const pair = ctx.counterparts.pairs.find(
      (p) => [p.earlier, p.later].includes(other.slug) && [p.earlier, p.later].includes(district.slug),
    );
    const share = pair ? (pair.earlier === district.slug ? pair.earlierCarried : pair.laterFromEarlier) : 0;
    const links = pair ? pair.copied + pair.adapted + pair.partial : 0;
    return message('compareText.results.share', { plan: other.meta.shortName, share: percent(share, 1), links });
  });
/** The district plan's measures the build links to no other plan, by printed label. */
const buildUnmatched = district.measures
  .filter((m) => (ctx.counterpartIndex.byMeasure.get(m.id) ?? []).length === 0)
  .map((m) => m.label);
/** Topics with measures in the other plans, none of which the build links to a measure of the district plan. */
const buildCounterparts = new Set(
  district.measures.flatMap((m) =>
    (ctx.counterpartIndex.byMeasure.get(m.id) ?? []).map((link) => (link.from === m.id ? link.to : link.from)),
  ),
);
const buildUntouched = tables.topics.topics
  .filter((t) => {
    const compared = t.measures.filter((id) => tables.library.measure(id).plan !== district.slug);
    return compared.length > 0 && compared.every((id) => !buildCounterparts.has(id));
  })
  .map((t) => t.id);

/** Every request of the page and its worker, with what it sent. */
function recordRequests(page: Page): { url: string; body: string }[] {
  const seen: { url: string; body: string }[] = [];
  page.context().on('request', (request: Request) => seen.push({ url: request.url(), body: request.postData() ?? '' }));
  return seen;
}

const status = (page: Page) => page.locator('#compare-text-status').innerText();

async function compare(page: Page, text: string): Promise<void> {
  await page.getByLabel(message('compareText.textLabel')).fill(text);
  await page.getByRole('button', { name: message('compareText.submit') }).click();
}

describe('compare your text', () => {
  it('finds the build’s counterparts of a pasted plan, downloads the same JSON as the command, and sends the text nowhere', async () => {
    const page = await browser().open('/compare/text/');
    const requests = recordRequests(page);
    await compare(page, source);
    await expect.poll(() => page.locator('#compare-text-results').isVisible(), POLL).toBe(true);

    const shown = await page
      .locator('#compare-text-list > li')
      .evaluateAll((items) =>
        items.flatMap((li) =>
          [...li.querySelectorAll<HTMLElement>('li[data-measure]')].map(
            (link) => `${(li as HTMLElement).dataset.label} ${link.dataset.measure}`,
          ),
        ),
      );
    expect(buildLinks.length).toBeGreaterThan(0);
    const sample = buildLinks.filter((_, i) => i % Math.ceil(buildLinks.length / 6) === 0);
    expect(shown).toEqual(expect.arrayContaining(sample));
    // Nothing found that the build lacks, and nothing with the plan itself.
    expect(shown.filter((link) => !buildLinks.includes(link))).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: message('compareText.download') }).click(),
    ]);
    const downloaded = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const expected = comparePasted(
      source,
      JSON.parse(
        JSON.stringify(pasteLibrary(tables.library.plans, tables.sources, tables.compareYaml, tables.topics.topics)),
      ),
    );
    if (!expected.ok) throw new Error(expected.problem);
    expect(downloaded).toEqual(comparisonJson(expected.result));
    expect(downloaded.excluded).toEqual([district.slug]);

    // The share of the text in each plan, as the build computes 对应文字比例 for the pair (every other plan listed).
    const shares = await page.locator('#compare-text-shares > li').allInnerTexts();
    expect(shares.sort()).toEqual([...buildShares].sort());
    // The measures with no counterpart, each linking to its own row.
    const unmatched = await page
      .locator('#compare-text-unmatched a')
      .evaluateAll((links) =>
        links.map((a) => document.getElementById((a as HTMLAnchorElement).hash.slice(1))?.dataset.label ?? 'no row'),
      );
    expect(buildUnmatched.length).toBeGreaterThan(0);
    expect(unmatched).toEqual(buildUnmatched);
    // The topics the text does not touch, each linking to its topic page.
    const untouched = await page
      .locator('#compare-text-untouched li[data-topic]')
      .evaluateAll((items) =>
        items.map((li) => `${(li as HTMLElement).dataset.topic} ${li.querySelector('a')!.getAttribute('href')}`),
      );
    expect(buildUntouched.length).toBeGreaterThan(0);
    expect(untouched).toEqual(buildUntouched.map((id) => `${id} /topics/${id}/`));

    // The CSV: a byte-order mark, CRLF, one row per link shown and one per measure with no counterpart.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: message('compareText.downloadCsv') }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\n').every((line, i, all) => line.endsWith('\r') || i === all.length - 1)).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.measure).map((r) => `${r.label} ${r.measure}`)).toEqual(shown);
    expect(rows.filter((r) => !r.measure).map((r) => r.label)).toEqual(buildUnmatched);
    for (const r of rows.filter((row) => row.measure))
      expect(r.url).toBe(`${browser().server.origin}/plans/${r.plan}/${r.number}/`);

    // The worker fetched the library file (so requests are recorded), and no request carried the text.
    expect(requests.map((r) => new URL(r.url).pathname)).toContain('/compare/text/library.json');
    const snippets = [source.slice(200, 230), source.slice(-60, -30), encodeURIComponent(source.slice(200, 215))];
    const carrying = requests.filter((r) => snippets.some((s) => r.url.includes(s) || r.body.includes(s)));
    expect(carrying).toEqual([]);
    expect(requests.every((r) => r.url.startsWith(browser().server.origin) || r.url.startsWith('blob:'))).toBe(true);
    await page.context().close();
  });

  it('shows its result readable on a 360 px phone, with no axe violation', async () => {
    const page = await browser().open('/compare/text/', { width: 360 });
    await compare(page, source);
    await expect.poll(() => page.locator('#compare-text-results').isVisible(), POLL).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).join(' | ')}`)).toEqual(
      [],
    );
    await page.context().close();
  });

  it('works in the English edition: English words, and its links stay in the English edition', async () => {
    const page = await browser().open('/en/compare/text/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel(message('compareText.textLabel', {}, 'en')).fill(source);
    await page.getByRole('button', { name: message('compareText.submit', {}, 'en') }).click();
    await expect.poll(() => page.locator('#compare-text-results').isVisible(), POLL).toBe(true);
    const hrefs = await page
      .locator('#compare-text-results a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.some((h) => h.startsWith('/en/plans/'))).toBe(true);
    expect(hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('/en/'))).toEqual([]);
    const untouched = await page
      .locator('#compare-text-untouched a')
      .evaluateAll((links) => links.map((a) => a.textContent));
    expect(untouched).toEqual(buildUntouched.map((id) => tables.topics.topic(id).nameEn));
    await page.context().close();
  });

  it('keeps answering while it compares a 100,000-character text', async () => {
    const page = await browser().open('/compare/text/');
    let long = '';
    while (long.length < 100_000) long += source + '\n';
    await compare(page, long.slice(0, 100_000));
    expect(await status(page)).toBe(message('compareText.status.comparing'));
    const started = Date.now();
    await page.getByLabel(message('compareText.fileLabel')).focus();
    await page.getByLabel(message('compareText.textLabel')).click();
    const answered = Date.now() - started;
    // The click was answered while the worker was still comparing (the page's thread was free).
    expect(await status(page)).toBe(message('compareText.status.comparing'));
    expect(answered).toBeLessThan(2_000);
    await page.context().close();
  });

  it('names an empty text and a GBK file, and says what it needs without JavaScript', async () => {
    const page = await browser().open('/compare/text/');
    await compare(page, '   \n  ');
    expect(await status(page)).toBe(message('compareText.problem.empty'));

    const gbk = Buffer.from(Array.from({ length: 40 }, () => [0xc2, 0xcc, 0xc9, 0xab, 0xbd, 0xf0, 0xc8, 0xda]).flat());
    await page
      .getByLabel(message('compareText.fileLabel'))
      .setInputFiles({ name: 'plan.txt', mimeType: 'text/plain', buffer: gbk });
    await expect.poll(() => status(page), POLL).toBe(message('compareText.problem.gbk'));
    expect(await page.locator('#compare-text-results').isVisible()).toBe(false);
    await page.context().close();

    const plain = await browser().open('/compare/text/', { javaScript: false });
    expect(await plain.locator('main').innerText()).toContain(message('compareText.noScript'));
    expect(await plain.locator('#compare-text-form').isVisible()).toBe(false);
    await plain.context().close();
  });
});
