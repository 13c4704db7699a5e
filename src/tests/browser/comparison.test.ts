/** A researcher comparing plans: the topic matrix, a topic side by side, the reuse matrix. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useBrowserSession, axeViolations } from '#tests/browser-session.ts';
import { loadContent } from '#lib/build/load.ts';
import { currentBuildContext } from '#lib/build/context.ts';

const browser = useBrowserSession();

const library = loadContent().library;
const topics = loadContent().topics;
const alignment = currentBuildContext().alignment;
const planOf = (id: string) => id.split('/')[0]!;
// A topic some plans speak to and some do not, with text shared between plans.
const topic = topics.topics.find((t) => {
  const plans = new Set(t.measures.map(planOf));
  return plans.size >= 2 && plans.size < library.plans.length && t.measures.some((id) => alignment.sharedText[id]);
})!;

describe('comparing plans', () => {
  it('opens a topic from the matrix and shows each plan side by side, saying which plans are silent', async () => {
    const page = await browser().open('/topics/');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#matrix-table').getByRole('link', { name: topic.name, exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(topic.name);
    expect(await axeViolations(page)).toEqual([]);
    for (const plan of library.plans) {
      const column = page.locator(`section[aria-labelledby="plan-${plan.slug}"]`);
      const own = topic.measures.filter((id) => planOf(id) === plan.slug);
      expect(await column.locator('article').count(), plan.slug).toBe(own.length);
      if (own.length === 0) expect(await column.innerText()).toContain('没有涉及这一主题');
    }
    await page.context().close();
  });

  it('marks text shared with another plan and names, in a note, the measures it also stands in', async () => {
    const page = await browser().open(`/topics/${topic.id}/`);
    expect(await page.locator('article mark.shared').count()).toBeGreaterThan(0);
    const marker = page.locator('article a.shared-ref').first();
    const names = library.plans.map((p) => p.meta.shortName);
    expect((await marker.getAttribute('aria-label'))!).toMatch(/亦见于/);
    await marker.click();
    const note = page.locator('.shared-notes li:target');
    await expect.poll(() => note.count()).toBe(1);
    const text = await note.innerText();
    expect(names.some((n) => text.includes(n))).toBe(true);
    expect(await note.locator('a[href^="/plans/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows the reuse matrix as a chart and a table with the computed shares', async () => {
    const page = await browser().open('/reuse/');
    expect(await axeViolations(page)).toEqual([]);
    const chart = page.locator('svg[role="img"]');
    expect(await chart.locator('title').textContent()).toBeTruthy();
    const data = JSON.parse(readFileSync('dist/data/alignment.json', 'utf8')) as {
      reuse: { from: string; to: string; share: number }[];
    };
    const [from, to] = [library.plans[2]!, library.plans[3]!];
    const share = data.reuse.find((c) => c.from === from.slug && c.to === to.slug)!.share;
    const row = page.locator('#reuse-table tbody tr', { hasText: from.meta.shortName });
    const cell = row.locator('td').nth(3);
    expect(await cell.innerText()).toContain(`${(share * 100).toFixed(1)}%`);
    await page.context().close();
  });
});
