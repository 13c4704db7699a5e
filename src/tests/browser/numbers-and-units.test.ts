/** A reader comparing targets and responsible units across plans. */
import { describe, expect, it } from 'vitest';
import { useBrowserSession, axeViolations } from '#tests/browser-session.ts';
import { loadContent } from '#lib/build/load.ts';
import { mostNamedAgencies } from '#lib/agencies/agencies.ts';

const browser = useBrowserSession();

const library = loadContent().library;
const targets = loadContent().targets;
const agencies = loadContent().agencies;

describe('targets', () => {
  it('shows each figure as printed and opens its place in the plan', async () => {
    const target = targets.targets.find((t) => t.value !== null)!;
    const plan = library.plans.find((p) => p.slug === target.plan)!;
    const page = await browser().open('/targets/');
    expect(await axeViolations(page)).toEqual([]);
    const row = page.locator('#targets-table tbody tr').nth(targets.metrics.findIndex((m) => m.id === target.metric));
    const column = library.plans.indexOf(plan) + 1;
    await row
      .locator('td')
      .nth(column - 1)
      .getByRole('link', { name: target.valueText })
      .click();
    await page.waitForURL((url) => url.pathname === `/plans/${plan.slug}/`);
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${hash}"]`).innerText()).toContain(target.quote);
    await page.context().close();
  });

  it('says plainly which plans set no number', async () => {
    const silent = library.plans.filter((p) => !targets.targets.some((t) => t.plan === p.slug));
    const page = await browser().open('/targets/');
    const cells = page.locator('#targets-table tbody tr').first().locator('td');
    for (const plan of silent) expect(await cells.nth(library.plans.indexOf(plan)).innerText()).toBe('未设定');
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('agencies', () => {
  it('compares lead unit types across plans and opens a unit with its measures', async () => {
    const registry = agencies;
    const top = registry.agencies.find((a) => a.id === mostNamedAgencies(registry, 1)[0]!.agency)!;
    const page = await browser().open('/agencies/');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('#lead-type-table tbody tr').count()).toBeGreaterThan(3);
    await page.locator('#most-named').locator('..').getByRole('link', { name: top.name }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(top.name);
    expect(await axeViolations(page)).toEqual([]);
    const led = registry.mentions.filter(
      (m) => m.agency === top.id && m.role === 'lead' && m.task === undefined,
    ).length;
    expect(await page.locator('main').innerText()).toContain(`牵头（${led} 条）`);
    await page.context().close();
  });

  it('links unit names on a measure page to their unit', async () => {
    const registry = agencies;
    const measure = library.measures.find((m) => m.units && m.units.lead.length > 0)!;
    const page = await browser().open(`/plans/${measure.plan}/${measure.number}/`);
    const name = measure.units!.lead[0]!;
    await page.locator('.unit-lists').getByRole('link', { name, exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(registry.resolve(measure.plan, name)!.name);
    await page.context().close();
  });
});
