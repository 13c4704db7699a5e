/**
 * Issue 20, gaps and hints: a plan's coverage gaps section, the search page's hints (the OR form
 * of a query typed with 或, other terms with their counts), the search page's layout shift, and
 * the visual defects (a wrapped short name on /targets/, a filter label wrapping on a phone, a lone
 * summary card on the last row).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession, axeViolations } from '#tests/browser-session.ts';
import { expectedResults } from '#tests/search-expectations.ts';
import { loadContent } from '#lib/build/load.ts';
import { coverageIndex } from '#lib/topics/gaps.ts';
import { comparePath, topicPath } from '#lib/site/paths.ts';

const browser = useBrowserSession();
const { library, topics } = loadContent();
const coverage = coverageIndex(library, topics);
const POLL = { timeout: 10_000 };
const status = (page: Page) => page.getByRole('status').innerText();
/** Measures (not passages of plan text) containing the term: what the page counts. */
const measuresWith = (term: string) => expectedResults([term], (r) => r.kind === 'measure').length;

describe('the coverage gaps', () => {
  it('shows on /plans/tongnan/ the topics the other plans cover and 潼南 does not, linked, reachable from /topics/', async () => {
    const page = await browser().open('/topics/');
    await page.locator('a[href="/plans/tongnan/#gaps"]').click();
    await page.waitForURL(/\/plans\/tongnan\/#gaps$/);
    const section = page.locator('section:has(> h2#gaps)');
    expect(await section.isVisible()).toBe(true);
    const all = coverage.gapsOf('tongnan', 'all');
    expect(all.length).toBeGreaterThan(0);
    const linked = await section
      .locator('[data-gaps-scope="all"] li > a:first-child')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(linked).toEqual(all.map((gap) => topicPath(gap.topic.id)));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the search hints', () => {
  it('offers the OR form of 碳账户或碳普惠, and the suggestion finds results', async () => {
    const page = await browser().open(`/search/?q=${encodeURIComponent('碳账户或碳普惠')}`);
    const suggestion = page.locator('#search-or a');
    await expect.poll(() => suggestion.isVisible(), POLL).toBe(true);
    expect(await suggestion.innerText()).toBe('碳账户 | 碳普惠');
    await suggestion.click();
    await expect.poll(() => status(page), POLL).toContain('找到');
    expect(new URL(page.url()).searchParams.get('q')).toBe('碳账户 | 碳普惠');
    const expected = new Set([...expectedResults(['碳账户']), ...expectedResults(['碳普惠'])]);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results > li').count()).toBeLessThanOrEqual(expected.size);
    await page.context().close();
  });

  it('points 绿色贷款 to 绿色信贷 with its count of measures, apart from the results', async () => {
    const few = measuresWith('绿色贷款');
    const other = measuresWith('绿色信贷');
    expect(other).toBeGreaterThan(few);
    const page = await browser().open(`/search/?q=${encodeURIComponent('绿色贷款')}`);
    const hint = page.locator('#search-other');
    await expect.poll(() => hint.isVisible(), POLL).toBe(true);
    const text = await hint.innerText();
    expect(text).toContain(`绿色信贷（${other} 条举措）`);
    // Shown apart from the results: the hint is not one of them.
    expect(await page.locator('#search-results #search-other').count()).toBe(0);
    expect(await page.locator('#search-results > li').count()).toBeLessThanOrEqual(
      expectedResults(['绿色贷款']).length,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps the layout still while results arrive (cumulative layout shift under 0.1)', async () => {
    for (const width of [1280, 360]) {
      const context = await browser().browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${browser().server.origin}/search/?q=${encodeURIComponent('绿色信贷')}`);
      await expect.poll(() => status(page), POLL).toContain('找到');
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      expect(cls, `width ${width}`).toBeLessThan(0.1);
      await context.close();
    }
  });
});

describe('visual defects', () => {
  /** How many lines an element's text takes, from its client rects' distinct tops. */
  const lines = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return {
          text: el.textContent!.trim(),
          lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
        };
      }),
    );

  it('never breaks a plan’s short name or 未设定 on /targets/', async () => {
    for (const width of [1280, 360]) {
      const page = await browser().open('/targets/', { width });
      const cells = await lines(page, '#targets-table .targets-plan, #targets-table .targets-unset');
      expect(cells.length).toBeGreaterThan(library.plans.length);
      for (const cell of cells) expect(cell.lines, `${cell.text} at ${width}px`).toBe(1);
      await page.context().close();
    }
  });

  it('keeps each search filter’s label on one line on a phone', async () => {
    const page = await browser().open('/search/', { width: 360 });
    const labels = await lines(page, '.search-filters label');
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label.lines, label.text).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('leaves no summary card alone on the last row of a compare page unless it spans the row', async () => {
    // The page with the most summary cards (every kind of change has a count).
    const path = comparePath('tongnan', 'rongchang', ['tongnan', 'rongchang']);
    for (const width of [1280, 1100, 800, 360]) {
      const page = await browser().open(path, { width });
      const rows = await page.locator('.compare-summary').evaluate((list) => {
        const byTop = new Map<number, number[]>();
        for (const li of list.children) {
          const box = li.getBoundingClientRect();
          byTop.set(Math.round(box.top), [...(byTop.get(Math.round(box.top)) ?? []), box.width]);
        }
        return { width: list.getBoundingClientRect().width, rows: [...byTop.values()] };
      });
      const last = rows.rows.at(-1)!;
      if (rows.rows.length > 1 && last.length === 1) expect(last[0], `at ${width}px`).toBeGreaterThan(rows.width * 0.9);
      await page.context().close();
    }
  });
});
