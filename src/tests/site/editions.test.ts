/**
 * The two editions: every Chinese page has its English twin under /en/ and the other way round,
 * each says which language it is in and where its twin is, an English page says once that its
 * English is an unofficial translation, and a reader of the English edition stays in it (only the
 * language switch and the notice lead to Chinese pages; downloads are one file for both).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { allPages, isRedirect, pageExists, readPage, requireBuild } from '#tests/built-site.ts';
import { NOT_FOUND_PATHS, editionOf, pathInEdition } from '#lib/site/paths.ts';
import { LOCALES } from '#lib/i18n/catalogue.ts';

beforeAll(requireBuild);

const pages = () => allPages().filter((page) => !NOT_FOUND_PATHS.includes(page));

/** Where a link goes, as a path on this site, or null for another host or a mail link. */
function internalPath(href: string, from: string): string | null {
  if (/^(mailto:|https?:)/.test(href)) return null;
  return new URL(href, `http://site${from}`).pathname;
}

/** A page link, as against a download (data file, source text, feed, share image). */
const isPageLink = (path: string) => path.endsWith('/');

const HAN = /\p{Script=Han}/u;

/** The language an element's text is in: its own lang, or its nearest ancestor's. */
function langOf(node: Node): string | undefined {
  for (let at: Node | null = node; at; at = at.parentNode) {
    const lang = (at as HTMLElement).getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

/** Han text on a page that is not inside an element marked as Chinese, with where it stands. */
function unmarkedChinese(root: HTMLElement): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.rawText.trim();
      if (HAN.test(text) && langOf(node) !== 'zh-CN') found.push(text.slice(0, 40));
      return;
    }
    const element = node as HTMLElement;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return;
    for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = element.getAttribute?.(attribute);
      if (value && HAN.test(value) && langOf(element) !== 'zh-CN') found.push(`${attribute}="${value.slice(0, 40)}"`);
    }
    node.childNodes.forEach(walk);
  };
  walk(root.querySelector('body')!);
  return found;
}

describe('the Chinese and English editions', () => {
  it('have the same pages: every page has its twin in the other edition', () => {
    const all = pages();
    const missing = all.filter((page) => !pageExists(pathInEdition(page, editionOf(page) === 'en' ? 'zh-CN' : 'en')));
    expect(all.filter((page) => editionOf(page) === 'en').length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
    // The not-found page is no address of its own, but each edition has one.
    const editions = new Set(NOT_FOUND_PATHS.filter((page) => pageExists(page)).map(editionOf));
    expect([...editions].sort()).toEqual([...LOCALES].sort());
  });

  it('say their language, name their twin in both languages and link to it', () => {
    const wrong: string[] = [];
    for (const page of pages().filter((p) => !isRedirect(p))) {
      const html = readPage(page);
      const locale = editionOf(page);
      if (html.querySelector('html')!.getAttribute('lang') !== locale) wrong.push(`${page}: html lang`);
      const alternates = Object.fromEntries(
        html
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      for (const other of LOCALES) {
        if (alternates[other] !== pathInEdition(page, other))
          wrong.push(`${page}: hreflang ${other} → ${alternates[other]}`);
      }
      if (alternates['x-default'] !== pathInEdition(page, 'zh-CN')) wrong.push(`${page}: x-default`);
      const twin = pathInEdition(page, locale === 'en' ? 'zh-CN' : 'en');
      const switchLink = html.querySelector('header nav.edition a');
      if (switchLink?.getAttribute('href') !== twin)
        wrong.push(`${page}: switch → ${switchLink?.getAttribute('href')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keep a reader in the edition: English pages link to English pages, Chinese pages to Chinese ones', () => {
    const crossing: string[] = [];
    for (const page of pages()) {
      const locale = editionOf(page);
      for (const link of readPage(page).querySelectorAll('a[href]')) {
        const path = internalPath(link.getAttribute('href')!, page);
        if (path === null || !isPageLink(path) || editionOf(path) === locale) continue;
        // The language switch and the notice's link say which language they lead to.
        if (link.getAttribute('hreflang') === editionOf(path)) continue;
        crossing.push(`${page} → ${link.getAttribute('href')}`);
      }
    }
    expect(crossing).toEqual([]);
  });

  it('say once, on every English page, that the translation is unofficial and the Chinese authoritative', () => {
    const wrong: string[] = [];
    for (const page of pages().filter((p) => editionOf(p) === 'en' && !isRedirect(p))) {
      const main = readPage(page).querySelector('main')!;
      const first = main.childNodes.find((n) => n.nodeType === 1) as HTMLElement | undefined;
      const saying = main.querySelectorAll('.editorial').filter((e) => /unofficial/i.test(e.textContent));
      if (!first?.classList.contains('editorial') || !/unofficial/i.test(first.textContent) || saying.length !== 1)
        wrong.push(page);
    }
    for (const page of pages()
      .filter((p) => editionOf(p) === 'zh-CN' && !isRedirect(p))
      .slice(0, 20)) {
      if (/unofficial/i.test(readPage(page).querySelector('main')!.textContent)) wrong.push(`${page} (Chinese)`);
    }
    expect(wrong).toEqual([]);
  });

  it('show Chinese on English pages only where it is marked as Chinese (plan text, names, quotes)', () => {
    const unmarked: string[] = [];
    for (const page of pages().filter((p) => editionOf(p) === 'en' && !isRedirect(p))) {
      const found = unmarkedChinese(readPage(page));
      if (found.length > 0) unmarked.push(`${page}: ${found.length} × e.g. ${found.slice(0, 3).join(' | ')}`);
    }
    expect(unmarked).toEqual([]);
  });
});
