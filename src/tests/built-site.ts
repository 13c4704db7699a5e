/** Reading the built site in dist/ from tests. Run `npm run build` first (npm test does). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` before the site tests (npm test does both).');
  }
}

/** The file dist serves for a URL path such as /plans/tongnan/ or /data/measures.json. */
export function distFile(urlPath: string): string {
  const path = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

export function pageExists(urlPath: string): boolean {
  return existsSync(distFile(urlPath));
}

export function readPage(urlPath: string): HTMLElement {
  return parse(readFileSync(distFile(urlPath), 'utf8'));
}

export function readDistText(urlPath: string): string {
  return readFileSync(distFile(urlPath), 'utf8');
}

/** Every HTML page of the built site, as URL paths (/plans/tongnan/). */
export function allPages(dir = DIST): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') pages.push(...allPages(path));
    } else if (name === 'index.html' || name.endsWith('.html')) {
      const rel = relative(DIST, path).split(sep).join('/');
      pages.push('/' + (name === 'index.html' ? rel.slice(0, -'index.html'.length) : rel));
    }
  }
  return pages.sort();
}

/** A page that only redirects (meta refresh), such as /compare/<later>/<earlier>/. */
export function isRedirect(urlPath: string): boolean {
  return readPage(urlPath).querySelector('meta[http-equiv="refresh"]') !== null;
}

/** The plan's words in an element: its text without anything marked editorial. */
export function planWords(element: HTMLElement): string {
  const copy = parse(element.outerHTML);
  for (const editorial of copy.querySelectorAll('[data-editorial]')) editorial.remove();
  return copy.textContent;
}

/** How texts are compared: Unicode NFKC, with all white space removed (the build's own comparison). */
export { comparable } from '#lib/plan/source-text.ts';
