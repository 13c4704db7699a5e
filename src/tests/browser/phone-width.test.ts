/**
 * One page of every page type on a 360×740 phone screen: the page does not scroll sideways, and
 * no text in a chart (SVG) or a table is smaller than 11 px as rendered (an SVG scaled down to fit
 * shrinks its labels). The page types are the routes in src/pages, so a new route is covered as
 * soon as it exists; of each, the page with the most content is opened.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { useBrowserSession } from '#tests/browser-session.ts';
import { allPages, distFile, requireBuild } from '#tests/built-site.ts';

const MIN_FONT_PX = 11;
const PHONE = { width: 360, height: 740 };

const browser = useBrowserSession();

/** Every page route in src/pages (.astro, .md, .mdx) as a pattern over URL paths: plans/[slug]/index.astro → ^/plans/[^/]+/$. */
function routePatterns(dir = join(process.cwd(), 'src', 'pages')): { route: string; pattern: RegExp }[] {
  const routes: { route: string; pattern: RegExp }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) routes.push(...routePatterns(path));
    else if (/\.(astro|mdx?)$/.test(name)) {
      const route = relative(join(process.cwd(), 'src', 'pages'), path)
        .split(sep)
        .join('/');
      // Astro builds src/pages/404.astro as /404.html (what a static host serves for an unknown path).
      const url =
        route === '404.astro'
          ? '/404.html'
          : `/${route.replace(/(^|\/)index\.(astro|mdx?)$/, '$1').replace(/\.(astro|mdx?)$/, '/')}`;
      const source = url
        .split('/')
        .map((segment) => (/^\[.+\]$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|]/g, '\\$&')))
        .join('/');
      routes.push({ route, pattern: new RegExp(`^${source}$`) });
    }
  }
  return routes;
}

requireBuild();
const pages = allPages();
/** Of each route, the page with the most content (the largest HTML file): the one most likely to overflow. */
const heaviest = (paths: string[]) =>
  paths.sort((a, b) => statSync(distFile(b)).size - statSync(distFile(a)).size || a.localeCompare(b))[0];
const types = routePatterns()
  .map(({ route, pattern }) => ({ route, page: heaviest(pages.filter((p) => pattern.test(p))) }))
  .sort((a, b) => a.route.localeCompare(b.route));

describe('every page type on a 360 px phone screen', () => {
  it('has a built page for every route', () => {
    expect(types.filter((t) => t.page === undefined).map((t) => t.route)).toEqual([]);
    expect(types.length).toBeGreaterThanOrEqual(12);
  });

  for (const { route, page: path } of types) {
    it(`${route}: no sideways scroll, no chart or table text under ${MIN_FONT_PX} px`, async () => {
      const page = await browser().open(path!, PHONE);
      const found = await page.evaluate((min) => {
        const problems: string[] = [];
        const overflow = document.documentElement.scrollWidth - window.innerWidth;
        if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px`);
        const visible = (el: Element) => {
          const box = el.getBoundingClientRect();
          return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
        };
        // Chart labels: the font size times the scale the SVG is drawn at.
        for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
          if (!text.textContent?.trim() || !visible(text)) continue;
          const scale = text.getScreenCTM()?.a ?? 1;
          const px = parseFloat(getComputedStyle(text).fontSize) * scale;
          if (px < min) problems.push(`chart label "${text.textContent.trim().slice(0, 20)}" at ${px.toFixed(1)} px`);
        }
        // Table text: every cell's own text, as rendered.
        for (const cell of document.querySelectorAll<HTMLElement>('th, td')) {
          for (const el of [cell, ...cell.querySelectorAll<HTMLElement>('*')]) {
            const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
            if (!own || !visible(el)) continue;
            const px = parseFloat(getComputedStyle(el).fontSize);
            if (px < min) problems.push(`table text "${el.textContent!.trim().slice(0, 20)}" at ${px} px`);
          }
          // A cell squeezed to a character or two a line cannot be read.
          const text = cell.textContent!.trim();
          const em = parseFloat(getComputedStyle(cell).fontSize);
          if ([...text].length >= 4 && visible(cell) && cell.clientWidth < 3 * em)
            problems.push(`table cell "${text.slice(0, 20)}" squeezed to ${cell.clientWidth} px`);
        }
        return [...new Set(problems)];
      }, MIN_FONT_PX);
      expect(found, `${path}:\n${found.join('\n')}`).toEqual([]);
      await page.context().close();
    });
  }
});
