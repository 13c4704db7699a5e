/** Citing a measure in a browser: both printed styles carry the address the reader is on, and the downloads open. */
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '#tests/browser-session.ts';
import { loadContent } from '#lib/build/load.ts';

const browser = useBrowserSession();
const library = loadContent().library;

describe('citing a measure', () => {
  it('prints GB/T 7714 and APA with the reader’s address and today’s access date', async () => {
    const measure = library.measures[5]!;
    const plan = library.plans.find((p) => p.slug === measure.plan)!;
    const page = await browser().open(`/plans/${measure.plan}/${measure.number}/`);
    const [gbt, apa] = await page.locator('.citation').allInnerTexts();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(gbt).toContain(`[${today}]. ${page.url()}.`);
    expect(gbt).toContain(plan.meta.issuers[0]);
    expect(apa).toContain(page.url());
    expect(apa).toContain(`(${plan.meta.dateIssued.slice(0, 4)})`);
    for (const name of ['RIS', 'BibTeX', 'CSL-JSON']) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.status(), name).toBe(200);
      expect(await response.text(), name).toContain(measure.title);
    }
    await page.context().close();
  });
});
