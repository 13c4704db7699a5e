/** A reader's path through the plan library in a real browser: home → plan → measure and back. */
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '#tests/browser-session.ts';
import { loadContent } from '#lib/build/load.ts';

const browser = useBrowserSession();

const library = loadContent().library;

describe('reading a plan', () => {
  it('goes from the home page to a plan, to a measure in it, to its own page, and back to its place', async () => {
    const plan = library.plans.find((p) => p.meta.measureNumbering === 'sequential')!;
    const measure = plan.measures[3]!;
    const page = await browser().open('/');
    await page.getByRole('link', { name: plan.meta.title }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(plan.meta.title);

    await page
      .locator('.plan-outline')
      .getByRole('link', { name: `${measure.label} ${measure.title}` })
      .click();
    expect(new URL(page.url()).hash).toBe(`#${measure.number}`);
    const target = page.locator(`[id="${measure.number}"]`);
    await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);

    await target.getByRole('link', { name: /本条单独页面/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(measure.title);
    expect(new URL(page.url()).pathname).toBe(`/plans/${plan.slug}/${measure.number}/`);

    await page.getByRole('link', { name: /下一条/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(plan.measures[4]!.title);
    await page.getByRole('link', { name: /上一条/ }).click();
    await page.getByRole('link', { name: '在全文中阅读本条' }).click();
    expect(new URL(page.url()).hash).toBe(`#${measure.number}`);
    await page.context().close();
  });

  it('shows the full text, the units and the citation without JavaScript', async () => {
    const measure = library.measures.find((m) => m.units)!;
    const page = await browser().open(`/plans/${measure.plan}/${measure.number}/`, { javaScript: false });
    const text = await page.locator('main').innerText();
    expect(text).toContain(measure.title);
    expect(text).toContain(measure.units!.lead[0]!);
    // GB/T 7714 first; without JavaScript (and without SITE_URL) it ends with the site-relative path.
    const citation = await page.locator('.citation').first().innerText();
    expect(citation).toContain('[EB/OL]');
    expect(citation).toContain(`/plans/${measure.plan}/${measure.number}/.`);
    await page.context().close();
  });

  it('copies the measure link with the button when JavaScript runs', async () => {
    const measure = library.measures[0]!;
    const page = await browser().open(`/plans/${measure.plan}/${measure.number}/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.context().close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    for (const path of [
      '/',
      `/plans/${library.plans[2]!.slug}/`,
      `/plans/${library.measures[0]!.plan}/${library.measures[0]!.number}/`,
    ]) {
      const page = await browser().open(path, { width: 360 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });
});

describe('requests', () => {
  it('makes no request to any other host', () => {
    expect(browser().foreignRequests).toEqual([]);
  });
});
