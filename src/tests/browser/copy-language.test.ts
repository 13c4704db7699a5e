/**
 * Copying one language on an English plan or measure page: a selection that starts in the English
 * copies only the English of the blocks it spans, and the measure page's buttons copy one
 * language whole. The expected English is read from content/translations/en.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '#tests/browser-session.ts';
import { loadContent } from '#lib/build/load.ts';
import { blockKey, measureEnglish } from '#lib/translation/translation.ts';
import { measurePath, planPath } from '#lib/site/paths.ts';

const browser = useBrowserSession();
const { library, translations } = loadContent();
const HAN = /\p{Script=Han}/u;
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('copying one language', () => {
  it('copies only the English of the blocks a selection spans when it starts in the English', async () => {
    const plan = library.plans.find((p) => p.blocks.filter((b) => b.kind === 'measure').length > 4)!;
    const first = plan.blocks.findIndex((b) => b.kind === 'measure');
    const spanned = [first, first + 1, first + 2, first + 3];
    const page = await browser().open(planPath(plan.slug, 'en'));
    const copied = await page.evaluate(
      ([from, to]) => {
        const cells = document.querySelectorAll('[data-lang-cell="en"]');
        const range = document.createRange();
        range.setStart(cells[from!]!, 0);
        range.setEnd(cells[to!]!, cells[to!]!.childNodes.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const data = new DataTransfer();
        document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
        return data.getData('text/plain');
      },
      [spanned[0], spanned.at(-1)],
    );
    expect(copied.length).toBeGreaterThan(100);
    expect(HAN.test(copied), copied.slice(0, 200)).toBe(false);
    const text = flat(copied);
    for (const index of spanned) {
      const entry = translations.bySlug.get(plan.slug)!.blocks.get(blockKey(plan.blocks[index]!, index))!;
      for (const paragraph of (entry.en ?? '').split('\n')) expect(text).toContain(flat(paragraph));
    }
    // The badges are the site's, not the translation's.
    expect(text).not.toMatch(/Reviewed translation|Draft translation/);
    await page.context().close();
  });

  it('copies the Chinese alone when the selection starts in the Chinese', async () => {
    const plan = library.plans[0]!;
    const page = await browser().open(planPath(plan.slug, 'en'));
    const copied = await page.evaluate(() => {
      const zh = document.querySelectorAll('[data-lang-cell="zh-CN"]');
      const en = document.querySelectorAll('[data-lang-cell="en"]');
      const range = document.createRange();
      range.setStart(zh[2]!, 0);
      range.setEnd(en[4]!, en[4]!.childNodes.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      const data = new DataTransfer();
      document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
    expect(copied).toMatch(HAN);
    expect(copied).not.toMatch(/\b(the|and|of)\b/);
    await page.context().close();
  });

  it('has a button on the measure page that copies the English of the measure', async () => {
    const measure = library.measures[3]!;
    const page = await browser().open(measurePath(measure, 'en'));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy English' }).click();
    await expect.poll(() => page.locator('[data-copy-languages] [role="status"]').innerText()).not.toBe('');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(HAN.test(copied)).toBe(false);
    expect(flat(copied)).toContain(flat(measureEnglish(translations, measure).text.split('\n')[0]!));
    await page.context().close();
  });

  it('shows no copy buttons without JavaScript, and the English still beside the Chinese', async () => {
    const measure = library.measures[3]!;
    const page = await browser().open(measurePath(measure, 'en'), { javaScript: false });
    expect(await page.getByRole('button', { name: 'Copy English' }).count()).toBe(0);
    expect(await page.locator('[data-lang-cell="en"]').innerText()).toContain(
      measureEnglish(translations, measure).title,
    );
    await page.context().close();
  });
});
