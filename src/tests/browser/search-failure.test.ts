/**
 * The search page when a file it needs does not arrive: Pagefind's script, its WebAssembly, its
 * index, or the precision step's manifest or text files. The reader is told, and a retry works
 * once the file can be had again, instead of "searching…" staying on screen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '#tests/browser-session.ts';
import { expectedResults } from '#tests/search-expectations.ts';
import { message } from '#lib/i18n/catalogue.ts';

const browser = useBrowserSession();
const TERM = '长江绿融通';
const POLL = { timeout: 10_000 };

const resultUrls = async (page: Page) =>
  (
    await page.locator('#search-results a').evaluateAll((links) =>
      links.map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return url.pathname + url.hash;
      }),
    )
  ).sort();

/** Each file the search needs, as the URLs that carry it. */
const BLOCKED: [what: string, urls: RegExp][] = [
  ['Pagefind', /\/pagefind\/pagefind\.js(\?.*)?$/],
  ['its WebAssembly', /\/pagefind\/wasm\.[^/]*\.pagefind$/],
  ['its index', /\/pagefind\/(index\/[^/]*|[^/]*\.pf_meta)$/],
  ['the shard manifest', /\/pagefind\/precision\/manifest\.json$/],
  ['a text shard', /\/pagefind\/precision\/(?!manifest\.json$)[^?]+$/],
];

describe('the search page when a file fails to load', () => {
  it.each(BLOCKED)('says so when %s does not load, and a retry finds the results once it does', async (_, urls) => {
    const page = await browser().open('/search/');
    const blocked: string[] = [];
    await page.route(urls, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.getByLabel(message('search.query.label')).fill(TERM);
    const status = page.getByRole('status');
    await expect.poll(() => status.innerText(), POLL).toBe(message('search.status.failed'));
    expect(blocked.length).toBeGreaterThan(0);
    expect(await page.locator('#search-results li').count()).toBe(0);

    await page.unroute(urls);
    await page.getByRole('button', { name: message('search.retry') }).click();
    await expect.poll(() => resultUrls(page), POLL).toEqual(expectedResults([TERM]));
    expect(await status.innerText()).toContain(message('search.status.echo', { query: TERM }));
    expect(await page.getByRole('button', { name: message('search.retry') }).isVisible()).toBe(false);
    await page.context().close();
  });
});
