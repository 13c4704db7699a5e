/**
 * A reader comparing two plans: choosing them with and without JavaScript, reading a pair side by
 * side on a desk and on a phone, hearing deletions and insertions announced, and copying plan text
 * from pages that mark shared passages and redlines without picking up anything that is not the plan's.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession, axeViolations } from '#tests/browser-session.ts';
import { loadContent } from '#lib/build/load.ts';
import { currentBuildContext } from '#lib/build/context.ts';
import { compareAnchor, comparePath, measurePath } from '#lib/site/paths.ts';
import { message } from '#lib/i18n/catalogue.ts';

const browser = useBrowserSession();
const library = loadContent().library;
const counterparts = currentBuildContext().counterparts;
const plans = counterparts.plans;
const measure = (id: string) => library.measures.find((m) => m.id === id)!;
const shortName = (slug: string) => library.plans.find((p) => p.slug === slug)!.meta.shortName;
// A link whose redline both deletes and inserts, so both announcements can be heard.
const link = counterparts.links.find(
  (l) => l.redline.some((op) => op.op === 'delete') && l.redline.some((op) => op.op === 'insert'),
)!;
const [earlier, later] = [measure(link.from), measure(link.to)];
const pairPath = comparePath(earlier.plan, later.plan, plans);

/** Selects an element's contents as a reader would and returns what the browser would copy. */
function copiedText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel)!;
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, selector);
}

const words = (text: string) => text.replace(/\s+/g, '');

describe('choosing two plans', () => {
  it('without JavaScript lists every pair as a link that opens the pair', async () => {
    const page = await browser().open('/compare/', { javaScript: false });
    expect(await page.locator('form.compare-picker').isVisible()).toBe(false);
    const pairs = page.locator('.pair-list a');
    expect(await pairs.count()).toBe((plans.length * (plans.length - 1)) / 2);
    await page
      .locator('.pair-list')
      .getByRole('link', { name: `${shortName(earlier.plan)} · ${shortName(later.plan)}` })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(pairPath);
    // The earlier measure's row names it, linking to its page, above the redline that holds its words.
    expect(
      await page.locator(`#${compareAnchor(earlier)} .counterpart a[href="${measurePath(earlier)}"]`).count(),
    ).toBe(1);
    await page.context().close();
  });

  it('with JavaScript offers a form that opens the pair, earlier plan first whatever the order chosen', async () => {
    const page = await browser().open('/compare/');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('方案甲').selectOption(later.plan);
    await page.getByLabel('方案乙').selectOption(earlier.plan);
    await page.getByRole('button', { name: '对照' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(pairPath);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on the English page opens the English pair page, and the reversed English URL leads there too', async () => {
    const englishPair = comparePath(earlier.plan, later.plan, plans, 'en');
    const page = await browser().open('/en/compare/');
    await page.getByLabel(message('compare.picker.a', {}, 'en')).selectOption(later.plan);
    await page.getByLabel(message('compare.picker.b', {}, 'en')).selectOption(earlier.plan);
    await page.getByRole('button', { name: message('compare.picker.submit', {}, 'en') }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(englishPair);
    await page.goto(new URL(`/en/compare/${later.plan}/${earlier.plan}/`, page.url()).href);
    await expect.poll(() => new URL(page.url()).pathname).toBe(englishPair);
    await page.context().close();
  });

  it('sends the reversed URL to the canonical page', async () => {
    const page = await browser().open(`/compare/${later.plan}/${earlier.plan}/`);
    await expect.poll(() => new URL(page.url()).pathname).toBe(pairPath);
    await page.context().close();
  });
});

describe('a pair side by side', () => {
  it('announces deletions and insertions to screen readers as 删除 and 新增', async () => {
    const page = await browser().open(`${pairPath}#${compareAnchor(earlier)}`);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[];
    };
    const spoken = nodes
      .filter((n) => !n.ignored && n.role?.value === 'StaticText')
      .map((n) => n.name?.value ?? '')
      .join('');
    expect(spoken).toContain('删除');
    expect(spoken).toContain('新增');
    await page.context().close();
  });

  it('copies the later plan’s words from a redline', async () => {
    const page = await browser().open(pairPath);
    const block = `#${compareAnchor(earlier)} .counterpart:has(a[href="${measurePath(later)}"]) + .redline`;
    expect(words(await copiedText(page, block))).toBe(words(later.paragraphs.join('')));
    await page.context().close();
  });

  it('reads on a 360 px phone without sideways scrolling, in both editions', async () => {
    const english = comparePath(earlier.plan, later.plan, plans, 'en');
    for (const path of [pairPath, english, '/compare/', '/en/compare/', measurePath(earlier)]) {
      const page = await browser().open(path, { width: 360 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it('keeps chart text at 11 px or more on a phone', async () => {
    const page = await browser().open('/compare/', { width: 360 });
    const sizes = await page.locator('svg[aria-labelledby^="flow-chart"] text').evaluateAll((texts) =>
      texts.map((t) => {
        const svg = t.closest('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(t).fontSize) * scale;
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    await page.context().close();
  });
});

describe('shared passages where people read', () => {
  const alignment = currentBuildContext().alignment;
  const id = Object.keys(alignment.sharedText).find((m) => measure(m).paragraphs.length === 1)!;
  const shared = measure(id);

  it('copy exactly the plan’s words from a measure page with marked passages', async () => {
    const page = await browser().open(measurePath(shared));
    expect(await page.locator('.measure-page__text mark.shared').count()).toBeGreaterThan(0);
    expect(await copiedText(page, '.measure-page__text p')).toBe(shared.paragraphs[0]);
    await page.context().close();
  });

  it('copy exactly the plan’s words from a topic page, where passages are marked too', async () => {
    const topics = loadContent().topics;
    const topic = topics.topics.find((t) => t.measures.includes(shared.id))!;
    const page = await browser().open(`/topics/${topic.id}/`);
    const article = `article.topic-measure:has(a[href="${measurePath(shared)}"]) p`;
    expect(await page.locator(`${article} mark.shared`).count()).toBeGreaterThan(0);
    expect(await copiedText(page, article)).toBe(shared.paragraphs[0]);
    await page.context().close();
  });

  it('lead by keyboard from a passage to a note naming the measure it also stands in', async () => {
    const page = await browser().open(measurePath(shared));
    const marker = page.locator('.measure-page__text a.shared-ref').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    const note = page.locator('.shared-notes li:target');
    await expect.poll(() => note.count()).toBe(1);
    const target = (await note.locator('a[href^="/plans/"]').first().getAttribute('href'))!;
    expect(target.startsWith(`/plans/${shared.plan}/`)).toBe(false);
    expect(await note.innerText()).toContain('亦见于');
    await page.context().close();
  });
});
