/**
 * What a built page ships is for its reader: the notes written for the site's developers stay in the
 * source (an HTML comment in a template is copied into every page built from it, and downloaded
 * with it), and a Chinese page carries no style of the English edition's bilingual rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, DIST, readDistText, readPage, requireBuild } from '#tests/built-site.ts';
import { editionOf } from '#lib/site/paths.ts';

beforeAll(requireBuild);

describe('built pages', () => {
  it('carry no HTML comment', () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(500);
    const withComments = pages.filter((page) => readDistText(page).includes('<!--'));
    expect(withComments).toEqual([]);
  });

  it('load the bilingual rows’ styles on English plan and measure pages only', () => {
    const shipsBilingualStyles = (page: string) =>
      readPage(page)
        .querySelectorAll('link[rel="stylesheet"]')
        .some((link) => readFileSync(join(DIST, link.getAttribute('href')!), 'utf8').includes('.bi__en'));
    for (const page of ['/plans/tongnan/', '/plans/tongnan/9/', '/plans/panzhihua/3.1.2/']) {
      expect(shipsBilingualStyles(page), page).toBe(false);
      const english = `/en${page}`;
      expect(editionOf(english)).toBe('en');
      expect(shipsBilingualStyles(english), english).toBe(true);
    }
  });
});
