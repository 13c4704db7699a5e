/** No broken internal links: every href to this site resolves to a built file, and every #anchor to an id on that page. */
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, pageExists, readPage, requireBuild } from '#tests/built-site.ts';

beforeAll(requireBuild);

describe('internal links', () => {
  it('all resolve, anchors included', () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(100);
    const idsByPage = new Map<string, Set<string>>();
    const idsOf = (page: string) => {
      if (!idsByPage.has(page)) {
        idsByPage.set(
          page,
          new Set(
            readPage(page)
              .querySelectorAll('[id]')
              .map((el) => el.id),
          ),
        );
      }
      return idsByPage.get(page)!;
    };
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of readPage(page).querySelectorAll('a[href]')) {
        const href = link.getAttribute('href')!;
        if (/^(mailto:|https?:)/.test(href)) continue;
        const target = new URL(href, `http://site${page}`);
        const path = target.pathname;
        if (!pageExists(path)) {
          broken.push(`${page} → ${href} (no page)`);
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && path.endsWith('/') && !idsOf(path).has(anchor)) broken.push(`${page} → ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never point to another host for scripts, styles, fonts or images', () => {
    const external: string[] = [];
    for (const page of allPages()) {
      const html = readPage(page);
      for (const el of html.querySelectorAll('script[src], link[href], img[src], source[src], iframe[src]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href')!;
        if (el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical') continue;
        if (/^(https?:)?\/\//.test(url)) external.push(`${page}: ${url}`);
      }
    }
    expect(external).toEqual([]);
  });
});
