/**
 * A reader finding their way on a long pair page and in an annex table, on a phone and on a desk:
 * every count of the pair page's summary opens the section that holds exactly the rows it counts,
 * and an annex task's link opens the task highlighted and readable.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '#tests/browser-session.ts';
import { currentBuildContext } from '#lib/build/context.ts';
import { comparePath, taskAnchor, planPath, withAnchor } from '#lib/site/paths.ts';

const browser = useBrowserSession();
const ctx = currentBuildContext();
const plans = ctx.counterparts.plans;
// The pair with the most links: the longest pair page.
const largest = [...ctx.counterpartIndex.byPair.entries()].sort((x, y) => y[1].length - x[1].length)[0]![0];
const [earlier, later] = largest.split(' ') as [string, string];
const largestPath = comparePath(earlier, later, plans);

describe('the pair page summary', () => {
  for (const width of [360, 1280])
    it(`at ${width} px links every count to an existing section holding the rows it counts`, async () => {
      const page = await browser().open(largestPath, { javaScript: false, width });
      const elements = await page.evaluate(() => document.querySelectorAll('*').length);
      console.log(`${largestPath} at ${width} px: ${elements} DOM elements`);
      const counts = await page
        .locator('.compare-summary a')
        .evaluateAll((links) =>
          links.map((a) => ({ href: a.getAttribute('href')!, value: a.querySelector('strong')!.textContent!.trim() })),
        );
      expect(counts.length).toBeGreaterThan(5);
      for (const [i, count] of counts.entries()) {
        await page.locator('.compare-summary a').nth(i).click();
        await expect.poll(() => new URL(page.url()).hash).toBe(count.href);
        const target = await page.evaluate(() => {
          const t = document.querySelector(':target');
          if (!t) return null;
          const box = t.getBoundingClientRect();
          const rows = t.matches('section') ? t.querySelectorAll(':scope > ul > li, :scope > article').length : null;
          return { id: t.id, top: box.top, bottom: box.bottom, height: window.innerHeight, rows };
        });
        expect(target, count.href).not.toBeNull();
        expect(`#${target!.id}`).toBe(count.href);
        // In view: the section starts on screen (or covers it).
        expect(target!.top).toBeLessThan(target!.height);
        expect(target!.bottom).toBeGreaterThan(0);
        // A count (not a share) counts the rows of its section.
        if (/^\d+$/.test(count.value)) expect(target!.rows, count.href).toBe(Number(count.value));
      }
      await page.context().close();
    });

  it('puts the dropped and added measures and the changes before the row-by-row comparison, with a table of contents', async () => {
    const page = await browser().open(largestPath, { javaScript: false, width: 360 });
    const order = await page.evaluate(() =>
      ['.pair-toc', '#only-earlier', '#only-later', '#changes', '#rows'].map((sel) => {
        const el = document.querySelector(sel);
        return el ? el.getBoundingClientRect().top + window.scrollY : null;
      }),
    );
    expect(order.every((y) => y !== null)).toBe(true);
    expect([...(order as number[])].sort((x, y) => x - y)).toEqual(order);
    const toc = await page.locator('.pair-toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of toc) expect(await page.locator(href).count(), href).toBe(1);
    await page.context().close();
  });
});

describe('an annex task link', () => {
  const plan = ctx.library.plans.find((p) => p.annexTasks.length > 0)!;
  const task = plan.annexTasks[Math.min(6, plan.annexTasks.length - 1)]!;
  it('opens the task highlighted, with a visible link and cells not squeezed, on a 360 px phone', async () => {
    const page = await browser().open(withAnchor(planPath(plan.slug), taskAnchor(task.number)), {
      javaScript: false,
      width: 360,
    });
    const row = page.locator(`#${taskAnchor(task.number)}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(taskAnchor(task.number));
    const link = row.locator('a.task-link');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`#${taskAnchor(task.number)}`);
    const look = await page.evaluate((id) => {
      const target = document.getElementById(id)!;
      const other = [...target.parentElement!.children].find((r) => r !== target)!;
      const cell = (r: Element) => getComputedStyle(r.querySelector('td')!);
      const cellWidths = [...target.querySelectorAll('td')].map(
        (td) => td.getBoundingClientRect().width / parseFloat(getComputedStyle(td).fontSize),
      );
      return {
        highlighted: cell(target).backgroundColor !== cell(other).backgroundColor,
        narrowest: Math.min(...cellWidths),
        sideways: document.documentElement.scrollWidth > window.innerWidth,
      };
    }, taskAnchor(task.number));
    expect(look.highlighted).toBe(true);
    // At least 12 characters a line in every cell (a Chinese character is about 1em wide).
    expect(look.narrowest).toBeGreaterThanOrEqual(12);
    expect(look.sideways).toBe(false);
    await page.context().close();
  });
});
