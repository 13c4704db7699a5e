/**
 * axe-core on every page of the built site. The pages are split into chunks of a fixed size (ten pages), one test
 * each, and every chunk is checked in parallel browser tabs, so no test grows with the site and a
 * violation is reported with the chunk (and page) it is in.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession, axeViolations } from '#tests/browser-session.ts';
import { allPages, requireBuild } from '#tests/built-site.ts';

const PAGES_PER_TEST = 10;
const PARALLEL_TABS = 2; // one per core on a CI machine

const browser = useBrowserSession();

requireBuild();
const pages = allPages();
const chunks: string[][] = [];
for (let i = 0; i < pages.length; i += PAGES_PER_TEST) chunks.push(pages.slice(i, i + PAGES_PER_TEST));

async function violationsOn(page: Page, path: string): Promise<string[]> {
  await page.goto(browser().server.origin + path);
  return (await axeViolations(page)).map(
    (v) => `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).join(' | ')}`,
  );
}

describe('accessibility', () => {
  it('checks every page of the site', () => {
    expect(chunks.flat()).toEqual(pages);
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const chunk of chunks) {
    it(`finds no axe violations on ${chunk[0]} … ${chunk.at(-1)} (${chunk.length} pages)`, async () => {
      const queue = [...chunk];
      const found: string[] = [];
      const tab = async () => {
        const page = await browser().open('/');
        for (let path = queue.shift(); path; path = queue.shift()) found.push(...(await violationsOn(page, path)));
        await page.context().close();
      };
      await Promise.all(Array.from({ length: PARALLEL_TABS }, tab));
      expect(found.sort()).toEqual([]);
    });
  }
});
