/** A reader of English searching /en/search/: OR, a phrase, an exclusion, an inflected word, a Chinese query, a shared URL. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { useBrowserSession, axeViolations } from '#tests/browser-session.ts';
import { expectedForEn, expectedResults } from '#tests/search-expectations.ts';
import { message } from '#lib/i18n/catalogue.ts';

const browser = useBrowserSession();

/** Every result link (annex tasks included), as path and anchor without the highlight terms. */
const resultUrls = async (page: Page) =>
  (
    await page.locator('#search-results a').evaluateAll((links) =>
      links.map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return url.pathname + url.hash;
      }),
    )
  ).sort();

/** The first search loads Pagefind and its WebAssembly: allow it a few seconds. */
const POLL = { timeout: 10_000 };
const status = (page: Page) => page.getByRole('status').innerText();
const say = (id: Parameters<typeof message>[0]) => message(id, {}, 'en');
const FOUND = 'Found';

describe('the English search page', () => {
  it('opens a shared URL with its results (OR with an exclusion), then runs a phrase and an inflected word typed in', async () => {
    const query = 'insurance | guarantee -catastrophe';
    const page = await browser().open(`/en/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => status(page), POLL).toContain(FOUND);
    expect(await status(page)).toContain(`Query: ${query}`);
    const want = expectedForEn([{ anyOf: ['insurance', 'guarantee'] }, { anyOf: ['catastrophe'], exclude: true }]);
    expect(want).not.toEqual(expectedForEn([{ anyOf: ['insurance', 'guarantee'] }]));
    expect(await resultUrls(page)).toEqual(want);
    expect(await page.getByLabel(say('search.query.label')).inputValue()).toBe(query);
    expect(await axeViolations(page)).toEqual([]);

    // A phrase with an inflected word: "stress test" finds "stress testing", and marks those words.
    await page.getByLabel(say('search.query.label')).fill('"stress test"');
    const testing = expectedForEn([{ anyOf: ['stress testing'] }]);
    expect(testing.length).toBeGreaterThan(0);
    await expect.poll(() => resultUrls(page), POLL).toEqual(testing);
    const marks = await page.locator('#search-results mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toBe('stress testing');
    expect(new URL(page.url()).pathname).toBe('/en/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('"stress test"');

    // Download the results: English pages, one row each.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: say('search.export') }).click(),
    ]);
    const text = (await readFile((await download.path())!)).toString('utf8').slice(1);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => new URL(r.url!).pathname + new URL(r.url!).hash).sort()).toEqual(testing);
    await page.context().close();
  });

  it('matches a word whatever its inflection, marks the words matched, and opens the English page with the term', async () => {
    const page = await browser().open(`/en/search/?q=bond`);
    const bonds = expectedForEn([{ anyOf: ['bonds'] }]);
    await expect.poll(() => resultUrls(page), POLL).toEqual(bonds);
    const marked = await page.locator('#search-results mark').allInnerTexts();
    expect(new Set(marked.map((m) => m.toLowerCase()))).toEqual(new Set(['bond', 'bonds']));

    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/en/plans/'));
    expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual(['bond']);
    await page.context().close();
  });

  it('searches the Chinese text for a query in Chinese characters, says so, and links to the English pages', async () => {
    const term = '碳账户';
    const page = await browser().open(`/en/search/?q=${encodeURIComponent(term)}`);
    await expect.poll(() => status(page), POLL).toContain(FOUND);
    expect(await status(page)).toContain(say('search.status.chinese').trim());
    const want = expectedResults([term]).map((url) => `/en${url}`);
    expect(want.length).toBeGreaterThan(0);
    expect(await resultUrls(page)).toEqual(want);
    // The Chinese passages are marked as Chinese on the English page.
    expect(await page.locator('#search-results p[lang="zh-CN"] mark').first().innerText()).toBe(term);
    expect(await axeViolations(page)).toEqual([]);

    // The English page it opens marks the term in the Chinese text.
    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/en/plans/'));
    const arrived = page.locator('main mark.search-highlight');
    await expect.poll(() => arrived.count(), POLL).toBeGreaterThan(0);
    expect(await arrived.first().innerText()).toBe(term);
    await page.context().close();
  });
});
