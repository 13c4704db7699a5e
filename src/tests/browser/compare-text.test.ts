/**
 * "Compare your text" (/compare/text/) in a real browser: a district plan's source pasted gives the
 * counterparts the build computes for that plan, the JSON download holds the command's rows, no
 * request carries the text, a long text leaves the page answering, and bad input is named.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { useBrowserSession } from '#tests/browser-session.ts';
import { loadContent } from '#lib/build/load.ts';
import { contextOf } from '#lib/build/context.ts';
import { message } from '#lib/i18n/catalogue.ts';
import { comparePasted, comparisonJson, pasteLibrary } from '#lib/intake/paste.ts';

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
      JSON.parse(JSON.stringify(pasteLibrary(tables.library.plans, tables.sources, tables.compareYaml, tables.topics.topics))),
    );
    if (!expected.ok) throw new Error(expected.problem);
    expect(downloaded).toEqual(comparisonJson(expected.result));
    expect(downloaded.excluded).toEqual([district.slug]);

    // The worker fetched the library file (so requests are recorded), and no request carried the text.
    expect(requests.map((r) => new URL(r.url).pathname)).toContain('/compare/text/library.json');
    const snippets = [source.slice(200, 230), source.slice(-60, -30), encodeURIComponent(source.slice(200, 215))];
    const carrying = requests.filter((r) => snippets.some((s) => r.url.includes(s) || r.body.includes(s)));
    expect(carrying).toEqual([]);
    expect(requests.every((r) => r.url.startsWith(browser().server.origin) || r.url.startsWith('blob:'))).toBe(true);
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
