/**
 * The site under its own Content-Security-Policy, served as a host reading dist/_headers serves it:
 * every page type loads without a single violation, and what needs JavaScript (search with its
 * WebAssembly, copy-link, the access date, the outline, the compare picker) still works.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '#tests/browser-session.ts';
import { allPages, isRedirect, readDistText } from '#tests/built-site.ts';
import { contentSecurityPolicy, parseHeadersFile, SECURITY_HEADERS } from '#lib/site/security.ts';
import { comparePath, editionOf, pathInEdition } from '#lib/site/paths.ts';
import { LOCALES } from '#lib/i18n/catalogue.ts';
import { currentBuildContext } from '#lib/build/context.ts';

const browser = useBrowserSession({ hostHeaders: true });
const { library, counterparts } = currentBuildContext();
const plans = counterparts.plans;

/**
 * Page types by URL shape; every built page must be of one (a new kind of page gets a row here).
 * One page of each type is opened, every page of a type marked `each`.
 */
const PAGE_TYPES: [type: string, shape: RegExp, each?: 'each'][] = [
  ['home', /^\/$/],
  ['plan', /^\/plans\/[^/]+\/$/],
  ['measure', /^\/plans\/[^/]+\/[^/]+\/$/],
  ['compare index', /^\/compare\/$/],
  ['compare your text', /^\/compare\/text\/$/],
  ['compare pair or its reversed redirect', /^\/compare\/[^/]+\/[^/]+\/$/],
  ['topics', /^\/topics\/$/],
  ['topic', /^\/topics\/[^/]+\/$/],
  ['agencies', /^\/agencies\/$/],
  ['agency', /^\/agencies\/[^/]+\/$/],
  ['single page', /^\/(targets|reuse|data|about|search|glossary)\/$/, 'each'],
  ['not found', /^\/404\.html$/],
];

const pages = allPages();
/** A page's type: its Chinese twin's (the English edition has the same types under /en/). */
const typed = (path: string, shape: RegExp) => shape.test(pathInEdition(path, 'zh-CN'));
const pairPages = pages.filter((path) => typed(path, /^\/compare\/[^/]+\/[^/]+\/$/));
/** One page of each type in each edition (a canonical pair and a redirect), every page of the `each` types. */
const samples = [
  ...new Set(
    LOCALES.flatMap((locale) => {
      const edition = pages.filter((p) => editionOf(p) === locale);
      const pairs = pairPages.filter((p) => editionOf(p) === locale);
      return [
        ...PAGE_TYPES.flatMap(([, shape, each]) =>
          each ? edition.filter((p) => typed(p, shape)) : [edition.find((p) => typed(p, shape))!],
        ),
        pairs.find((path) => !isRedirect(path))!,
        pairs.find((path) => isRedirect(path))!,
      ];
    }),
  ),
];
const reversed = new Set(pairPages.filter((path) => isRedirect(path)));

/** Opens a page with a listener for CSP violations installed before any of its own scripts run. */
async function openWatched(path: string, width = 1280) {
  const context = await browser().browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const response = await page.goto(browser().server.origin + path, { waitUntil: 'load' });
  return { page, response, consoleErrors };
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('the Content-Security-Policy', () => {
  it('is in dist/_headers with the other security headers, one policy for each path', () => {
    const rules = parseHeadersFile(readDistText('/_headers'));
    const all = rules.find((r) => r.pattern === '/*')!;
    expect(all.headers).toEqual(SECURITY_HEADERS);
    for (const path of pages) {
      const policies = rules.filter(
        (r) =>
          'Content-Security-Policy' in r.headers &&
          (r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : r.pattern === path),
      );
      expect(
        policies.map((r) => r.headers['Content-Security-Policy']),
        path,
      ).toEqual([contentSecurityPolicy(path)]);
    }
  });

  it('allows WebAssembly only on the search pages, and nowhere inline script or style', () => {
    expect(contentSecurityPolicy('/search/')).toContain("'wasm-unsafe-eval'");
    expect(contentSecurityPolicy('/en/search/')).toContain("'wasm-unsafe-eval'");
    for (const path of pages.filter((p) => p !== '/search/' && p !== '/en/search/'))
      expect(contentSecurityPolicy(path), path).not.toContain('wasm');
    for (const path of pages) expect(contentSecurityPolicy(path)).not.toContain('unsafe-inline');
  });

  it('covers every page type', () => {
    const untyped = pages.filter((path) => !PAGE_TYPES.some(([, shape]) => typed(path, shape)));
    expect(untyped).toEqual([]);
  });

  it.each(samples)('%s loads with no violation and no console error', async (path) => {
    const { page, response, consoleErrors } = await openWatched(path);
    expect(response!.headers()['content-security-policy']).toBe(contentSecurityPolicy(path));
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
    if (!reversed.has(path))
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(
        contentSecurityPolicy(path),
      );
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('under the policy', () => {
  it('search loads Pagefind and its WebAssembly and finds results', async () => {
    const { page, consoleErrors } = await openWatched(`/search/?q=${encodeURIComponent('碳账户')}`);
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 10_000 }).toContain('找到');
    expect(await page.locator('#search-results a').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('copy-link copies the address, the citation shows today, the outline folds on a phone', async () => {
    const measure = library.measures[0]!;
    const { page } = await openWatched(`/plans/${measure.plan}/${measure.number}/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    expect(await page.locator('[data-access-date]').first().textContent()).toBe(today);
    expect(await violations(page)).toEqual([]);
    await page.context().close();

    const phone = await openWatched(`/plans/${measure.plan}/`, 360);
    await expect.poll(() => phone.page.locator('details[data-outline]').getAttribute('open')).toBeNull();
    expect(await violations(phone.page)).toEqual([]);
    await phone.page.context().close();
  });

  it('the compare picker opens the chosen pair', async () => {
    const pair = pairPages.find((path) => editionOf(path) === 'zh-CN' && !isRedirect(path))!;
    const [earlier, later] = pair.split('/').slice(2, 4) as [string, string];
    const { page } = await openWatched('/compare/');
    await page.getByLabel('方案甲').selectOption(later);
    await page.getByLabel('方案乙').selectOption(earlier);
    await page.getByRole('button', { name: '对照' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(comparePath(later, earlier, plans));
    expect(comparePath(later, earlier, plans)).toBe(pair);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
