/**
 * One overlap figure per question, read from the built pages: "share of A's text found in B"
 * through the counterpart links is printed the same on every pair page and in the /compare/ table,
 * each beside its definition, and /reuse/ (verbatim text anywhere, another measure) names and
 * defines its own measure apart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, requireBuild } from '#tests/built-site.ts';
import { message } from '#lib/i18n/catalogue.ts';
import { PAGES, PAIR_ANCHORS } from '#lib/site/paths.ts';

beforeAll(requireBuild);

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, '');

describe('the overlap figures', () => {
  it('agree between the /compare/ table and every pair page, each beside its definition', () => {
    const index = readPage(PAGES.compare);
    const aligned = text(message('compare.overlap.definition'));
    expect(text(index.querySelector(`#${PAIR_ANCHORS.overlap}`)?.textContent)).toBe(aligned);
    const rows = index.querySelectorAll('#flow-table tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const href = row.querySelector('a')!.getAttribute('href')!;
      const [, laterFromEarlier, earlierIntoLater] = row.querySelectorAll('td').map((td) => text(td.textContent));
      const pair = readPage(href);
      expect(text(pair.querySelector(`#${PAIR_ANCHORS.overlap}`)?.textContent), href).toBe(aligned);
      const figures = pair
        .querySelectorAll(`.compare-summary a[href="#${PAIR_ANCHORS.overlap}"] strong`)
        .map((s) => text(s.textContent));
      // The summary gives A's text found in B, then B's found in A.
      expect(figures, href).toEqual([earlierIntoLater, laterFromEarlier]);
    }
  });

  it('on /reuse/ measure something else, under its own name and definition', () => {
    const reuse = readPage(PAGES.reuse);
    const definition = text(reuse.querySelector(`#${PAIR_ANCHORS.overlap}`)?.textContent);
    expect(definition).toBe(text(message('reuse.measure.definition')));
    expect(definition).not.toBe(text(message('compare.overlap.definition')));
    // Each definition names its measure first, and the two names differ.
    const name = (d: string) => d.split('：')[0];
    expect(name(definition)).not.toBe(name(text(message('compare.overlap.definition'))));
  });
});
