/** A researcher searching: write a query, filter, export, open a result, share the URL. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { useBrowserSession, axeViolations } from '#tests/browser-session.ts';
import { expectedFor, expectedResults, searchable } from '#tests/search-expectations.ts';
import { loadContent } from '#lib/build/load.ts';

const browser = useBrowserSession();

const library = loadContent().library;
const topics = loadContent().topics;
const TERM = '长江绿融通';

/** Every result link on the page (annex tasks under their measure included), as path and anchor without the highlight terms. */
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

describe('the search page', () => {
  it('runs an OR query, echoes it as typed, filters to measures, exports the results and restores a shared URL', async () => {
    const query = '碳汇 | 森林覆盖率';
    const page = await browser().open('/search/');
    await page.getByLabel('检索词').fill(query);
    await expect.poll(() => status(page), POLL).toContain('找到');
    expect(await status(page)).toContain(`检索式：${query}`);
    const all = expectedFor([{ anyOf: ['碳汇', '森林覆盖率'] }]);
    expect(await resultUrls(page)).toEqual(all);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('只看举措').check();
    const measures = all.filter((url) => {
      const record = searchable.find((r) => r.url === url)!;
      return record.kind === 'measure' || (record.parent !== undefined && all.includes(record.parent));
    });
    expect(measures.length).toBeLessThan(all.length);
    await expect.poll(() => resultUrls(page), POLL).toEqual(measures);
    const shared = page.url();
    expect(new URL(shared).searchParams.get('only')).toBe('measures');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载结果 (CSV)' }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const rows = parse(bytes.toString('utf8').slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => new URL(r.url!).pathname + new URL(r.url!).hash).sort()).toEqual(measures);
    for (const row of rows) {
      expect(row.passage!.includes('碳汇') || row.passage!.includes('森林覆盖率'), row.id).toBe(true);
      if (!row.url!.includes('#')) expect(row.id).toBe(`${row.plan && row.url!.split('/')[4]}/${row.number}`);
    }

    await page.goto(shared);
    await expect.poll(() => resultUrls(page), POLL).toEqual(measures);
    expect(await page.getByLabel('只看举措').isChecked()).toBe(true);
    expect(await page.getByLabel('检索词').inputValue()).toBe(query);
    await page.context().close();
  });

  it('filters by plan with counts per plan, and opens a result with the term highlighted', async () => {
    const page = await browser().open(`/search/?q=${encodeURIComponent(TERM)}`);
    await expect.poll(() => resultUrls(page), POLL).toEqual(expectedResults([TERM]));
    const plan = library.plans.find((p) => expectedResults([TERM], (r) => r.plan === p.slug).length > 0)!;
    const filtered = expectedResults([TERM], (r) => r.plan === plan.slug);
    const optionLabel = await page.locator(`#filter-plan option[value="${plan.slug}"]`).innerText();
    expect(optionLabel).toContain(`（${filtered.length}）`);
    await page.getByLabel('方案').selectOption(plan.slug);
    await expect.poll(() => resultUrls(page), POLL).toEqual(filtered);

    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL((url) => url.pathname.startsWith(`/plans/${plan.slug}/`));
    const marks = page.locator('main mark.search-highlight');
    await expect.poll(() => marks.count(), POLL).toBeGreaterThan(0);
    expect(await marks.first().textContent()).toBe(TERM);
    expect(await axeViolations(page)).toEqual([]);

    // The same link shared and opened cold highlights too, and the page is unchanged without JavaScript.
    const link = page.url();
    const cold = await browser().open(new URL(link).pathname + new URL(link).search);
    await expect.poll(() => cold.locator('main mark.search-highlight').count(), POLL).toBeGreaterThan(0);
    const noJs = await browser().open(new URL(link).pathname + new URL(link).search, { javaScript: false });
    expect(await noJs.locator('main mark.search-highlight').count()).toBe(0);
    expect(await noJs.locator('main').innerText()).toContain(TERM);
    await Promise.all([page.context().close(), cold.context().close(), noJs.context().close()]);
  });

  it('highlights the matched words in a section of plan text opened at its anchor', async () => {
    const term = '此件公开发布';
    const url = expectedResults([term])[0]!;
    const [path, anchor] = url.split('#');
    const page = await browser().open(`${path}?highlight=${encodeURIComponent(term)}#${anchor}`);
    await expect.poll(() => page.locator('mark.search-highlight').count(), POLL).toBeGreaterThan(0);
    expect(await page.locator('mark.search-highlight').first().textContent()).toBe(term);
    await page.context().close();
  });

  it('offers a related topic for an alias, marked editorial and kept apart from the results', async () => {
    const topic = topics.topics.find((t) => t.aliases?.includes('绿色贷款'))!;
    const page = await browser().open(`/search/?q=${encodeURIComponent('绿色贷款')}`);
    await expect.poll(() => status(page), POLL).toContain('找到');
    const related = page.locator('#search-related');
    expect(await related.isVisible()).toBe(true);
    expect(await related.getAttribute('data-editorial')).not.toBeNull();
    expect(await related.innerText()).toContain(`${topic.name}（${topic.measures.length} 条举措）`);
    expect(await related.getByRole('link', { name: topic.name }).getAttribute('href')).toBe(`/topics/${topic.id}/`);
    expect(await page.locator('#search-results #search-related, #search-results [data-editorial]').count()).toBe(0);
    expect(await resultUrls(page)).toEqual(expectedResults(['绿色贷款']));
    await page.context().close();
  });

  it('echoes the query as typed, and shows a long result list a hundred at a time', async () => {
    const page = await browser().open(`/search/?q=${encodeURIComponent('（PPP）|绿色')}`);
    await expect.poll(() => status(page), POLL).toContain('找到');
    expect(await status(page)).toContain('检索式：（PPP）|绿色');
    const all = expectedFor([{ anyOf: ['（PPP）', '绿色'] }]);
    const nested = searchable.filter((r) => r.parent && all.includes(r.url) && all.includes(r.parent)).length;
    const top = all.length - nested;
    expect(top).toBeGreaterThan(100);
    expect(await page.locator('#search-results > li').count()).toBe(100);
    await page.getByRole('button', { name: /^再显示/ }).click();
    expect(await page.locator('#search-results > li').count()).toBe(Math.min(top, 200));
    if (top <= 200) expect(await page.getByRole('button', { name: /^再显示/ }).isHidden()).toBe(true);
    await page.context().close();
  });

  it('says so when nothing matches, and offers to drop the filters', async () => {
    const page = await browser().open(`/search/?q=${encodeURIComponent(TERM)}&region=${encodeURIComponent('四川')}`);
    const want = expectedResults([TERM], (r) => r.plan === 'panzhihua');
    expect(want).toEqual([]);
    await expect.poll(() => status(page), POLL).toContain('没有找到');
    await page.getByRole('link', { name: '去掉筛选再检索' }).click();
    await expect.poll(() => resultUrls(page), POLL).toEqual(expectedResults([TERM]));
    await page.context().close();
  });

  it('shows a query with markup and quotes as text, never runs it', async () => {
    const query = '"><script>window.__ran=1</script><img src=x onerror="window.__ran=2">';
    const page = await browser().open(`/search/?q=${encodeURIComponent(query)}`);
    let dialogs = 0;
    page.on('dialog', () => dialogs++);
    await expect.poll(() => status(page), POLL).toContain('没有找到');
    expect(await status(page)).toContain('<script>');
    expect(await page.getByLabel('检索词').inputValue()).toBe(query);
    expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.context().close();
  });

  it('is reached from the search box on any page, without JavaScript', async () => {
    const measure = library.measures[10]!;
    const page = await browser().open(`/plans/${measure.plan}/${measure.number}/`, { javaScript: false });
    await page.getByRole('searchbox', { name: '搜索方案全文' }).fill(TERM);
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL((url) => url.pathname === '/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe(TERM);
    expect(await page.locator('noscript').count()).toBe(1);
    await page.context().close();
  });
});
