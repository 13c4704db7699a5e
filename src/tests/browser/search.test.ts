/** A researcher searching: type a term, filter, open a result, share the URL. */
import { describe, expect, it } from 'vitest';
import { useBrowserSession, axeViolations } from '#tests/browser-session.ts';
import { expectedResults } from '#tests/search-expectations.ts';
import { loadLibrary } from '#lib/content/load.ts';

const browser = useBrowserSession();

const library = loadLibrary();
const TERM = '长江绿融通';

const resultUrls = async (page: import('playwright-core').Page) =>
  (
    await page
      .locator('#search-results a')
      .evaluateAll((links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
      )
  ).sort();

describe('the search page', () => {
  it('searches as you type, filters, opens a result and restores a shared URL', async () => {
    const page = await browser().open('/search/');
    await page.getByLabel('检索词').pressSequentially(TERM, { delay: 30 });
    await expect.poll(() => page.getByRole('status').innerText()).toContain('找到');
    expect(await resultUrls(page)).toEqual(expectedResults([TERM]));
    expect(await page.locator('#search-results mark').first().textContent()).toBe(TERM);
    expect(await axeViolations(page)).toEqual([]);

    const plan = library.plans.find((p) => expectedResults([TERM], (r) => r.plan === p.slug).length > 0)!;
    await page.getByLabel('方案').selectOption(plan.slug);
    const filtered = expectedResults([TERM], (r) => r.plan === plan.slug);
    await expect.poll(() => resultUrls(page)).toEqual(filtered);
    const shared = page.url();
    expect(new URL(shared).searchParams.get('plan')).toBe(plan.slug);
    expect(new URL(shared).searchParams.get('q')).toBe(TERM);

    await page.locator('#search-results a').first().click();
    await page.waitForURL((url) => url.pathname.startsWith(`/plans/${plan.slug}/`));
    expect(await page.locator('main').innerText()).toContain(TERM);

    await page.goto(shared);
    await expect.poll(() => resultUrls(page)).toEqual(filtered);
    expect(await page.getByLabel('方案').inputValue()).toBe(plan.slug);
    await page.context().close();
  });

  it('says so when nothing matches, and offers to drop the filters', async () => {
    const page = await browser().open(`/search/?q=${encodeURIComponent(TERM)}&region=${encodeURIComponent('四川')}`);
    const want = expectedResults([TERM], (r) => r.plan === 'panzhihua');
    expect(want).toEqual([]);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('没有找到');
    await page.getByRole('link', { name: '去掉筛选再检索' }).click();
    await expect.poll(() => resultUrls(page)).toEqual(expectedResults([TERM]));
    await page.context().close();
  });

  it('shows a query with markup and quotes as text, never runs it', async () => {
    const query = '"><script>window.__ran=1</script><img src=x onerror="window.__ran=2">';
    const page = await browser().open(`/search/?q=${encodeURIComponent(query)}`);
    let dialogs = 0;
    page.on('dialog', () => dialogs++);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('没有找到');
    expect(await page.getByRole('status').innerText()).toContain('<script>');
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
