/**
 * The public address: built without SITE_URL (dist/), the site publishes no host at all; built with
 * it (a second build here), every address is absolute and the sitemap lists every published page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, requireBuild } from '#tests/built-site.ts';
import { LOCALES } from '#lib/i18n/catalogue.ts';
import { NOT_FOUND_PATHS, pathInEdition } from '#lib/site/paths.ts';

const SITE = 'https://plans.test.example.cn';
const published = readFileSync(new URL('../published-urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
// The pages with an address of their own (not downloads, and not the not-found pages, which stand in for
// addresses that have no page).
const publishedPages = published.filter((url) => url.endsWith('/') && !NOT_FOUND_PATHS.includes(url));

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : textFiles(path);
    return /\.(html|json|csv|xml|txt|ris|bib)$/.test(name) ? [path] : [];
  });
}

let out: string;

beforeAll(() => {
  requireBuild();
  out = mkdtempSync(join(tmpdir(), 'site-url-build-'));
  const astro = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
  execFileSync(process.execPath, [astro, 'build', '--outDir', out], {
    stdio: 'pipe',
    env: { ...process.env, SITE_URL: SITE },
  });
}, 240_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('built without SITE_URL', () => {
  it('publishes no host name: no placeholder, no test address', () => {
    const hosts = /https?:\/\/(?!creativecommons\.org\/|www\.w3\.org\/)[^\s"'<>)]+/g;
    const found = new Set<string>();
    for (const file of textFiles(DIST)) for (const m of readFileSync(file, 'utf8').match(hosts) ?? []) found.add(m);
    expect([...found]).toEqual([]);
  });
});

describe(`built with SITE_URL=${SITE}`, () => {
  it('has a sitemap listing every published page, absolute', () => {
    const index = readFileSync(join(out, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = sitemaps.flatMap((url) =>
      [...readFileSync(join(out, new URL(url).pathname), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
    );
    expect(locs.filter((loc) => !loc.startsWith(`${SITE}/`))).toEqual([]);
    const listed = new Set(locs.map((loc) => new URL(loc).pathname));
    // Every published page a search engine may index is listed; a noindex page (a reversed compare
    // redirect) or the not-found page never is.
    const noindex = (page: string) =>
      /<meta name="robots" content="[^"]*noindex/.test(readFileSync(join(out, page, 'index.html'), 'utf8'));
    const indexable = publishedPages.filter((page) => !noindex(page));
    expect(indexable.length).toBeLessThan(publishedPages.length);
    expect(indexable.filter((page) => !listed.has(page))).toEqual([]);
    expect([...listed].filter((page) => noindex(page))).toEqual([]);
    expect([...listed].filter((page) => NOT_FOUND_PATHS.includes(page) || page.startsWith('/404'))).toEqual([]);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    // Each page is listed with its twin in the other edition.
    const sitemap = sitemaps.map((url) => readFileSync(join(out, new URL(url).pathname), 'utf8')).join('');
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}/en/plans/tongnan/9/"/>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${SITE}/plans/tongnan/9/"/>`);
  });

  it('gives the not-found page no canonical link', () => {
    const html = parse(readFileSync(join(out, '404.html'), 'utf8'));
    expect(html.querySelector('title')?.textContent).toBeTruthy();
    expect(html.querySelector('link[rel="canonical"]')).toBeNull();
    expect(html.querySelector('meta[property="og:url"]')).toBeNull();
  });

  it('gives every page an absolute canonical link, og:url and share image', () => {
    for (const page of publishedPages) {
      const html = parse(readFileSync(join(out, page, 'index.html'), 'utf8'));
      const refresh = html.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      if (refresh) {
        // A redirect page (a reversed compare URL) names the page it sends the reader to.
        const target = refresh.replace(/^0; url=/, '');
        expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toBe(`${SITE}${target}`);
        continue;
      }
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toBe(`${SITE}${page}`);
      for (const locale of LOCALES)
        expect(html.querySelector(`link[rel="alternate"][hreflang="${locale}"]`)?.getAttribute('href'), page).toBe(
          `${SITE}${pathInEdition(page, locale)}`,
        );
      expect(html.querySelector('meta[property="og:url"]')?.getAttribute('content'), page).toBe(`${SITE}${page}`);
      expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content'), page).toBe(
        `${SITE}/og-image.png`,
      );
    }
  });

  it('makes data files, citations and the feed absolute', () => {
    const measures = JSON.parse(readFileSync(join(out, 'data', 'measures.json'), 'utf8')) as { url: string }[];
    expect(measures.filter((m) => !m.url.startsWith(`${SITE}/plans/`))).toEqual([]);
    expect(readFileSync(join(out, 'data', 'measures', 'tongnan', '9.ris'), 'utf8')).toContain(
      `UR  - ${SITE}/plans/tongnan/9/`,
    );
    const page = parse(readFileSync(join(out, 'plans', 'tongnan', '9', 'index.html'), 'utf8'));
    expect(page.querySelector('meta[name="citation_public_url"]')?.getAttribute('content')).toBe(
      `${SITE}/plans/tongnan/9/`,
    );
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain(`<id>${SITE}/plans/tongnan/</id>`);
  });
});
