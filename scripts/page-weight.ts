/**
 * What a built page ships: its HTML plus the CSS and JS the HTML makes the browser load, raw and
 * gzip -9 (a benchmark; the figures are in README, "Weight and build time against Starlight").
 *
 *   node scripts/page-weight.ts [--dist DIR] [--json] [PAGE ...]
 *
 * Counts like the Starlight baseline's scripts/page_weight.py, so the two sites are weighed alike:
 * <link rel=stylesheet> (print stylesheets apart), <script src>, <link rel=modulepreload>, and the
 * static imports inside JS, followed recursively; a chunk reached only through import() is "lazy"
 * and not in the total. Without PAGE it weighs one page of each main type.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const DEFAULT_PAGES = [
  '/',
  '/plans/tongnan/',
  '/plans/tongnan/9/',
  '/compare/',
  '/compare/chongqing/tongnan/',
  '/topics/',
  '/topics/carbon-account/',
  '/search/',
  '/targets/',
  '/agencies/',
  '/reuse/',
  '/data/',
];

const STATIC_IMPORT = /(?:\bimport\s*|\bfrom\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`$]+)["'`]\s*\)/g;
const CSS_IMPORT = /@import\s+(?:url\()?["']?([^"')\s]+)/g;

interface Sizes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  page: string;
  html: Sizes;
  css: Sizes;
  printCss: Sizes;
  js: Sizes;
  lazyJs: Sizes;
  total: Sizes;
  /** Inline <script> and <style> bytes in the HTML (the Content-Security-Policy allows none). */
  inline: { script: number; style: number };
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const sum = (files: Map<string, Buffer>): Sizes => ({
  raw: [...files.values()].reduce((n, b) => n + b.length, 0),
  gzip: [...files.values()].reduce((n, b) => n + gzipSize(b), 0),
});

export function weighPage(dist: string, page: string): PageWeight {
  const file = page.endsWith('/') ? join(dist, page, 'index.html') : join(dist, page);
  const html = readFileSync(file);
  const root = parse(html.toString('utf8'));
  const local = (url: string, base: string) => {
    const u = new URL(url, `http://site${base}`);
    return u.host === 'site' ? u.pathname : undefined;
  };
  const buckets = { css: new Map<string, Buffer>(), printCss: new Map<string, Buffer>() };
  const js = new Map<string, Buffer>();
  const lazy = new Map<string, Buffer>();

  const addCss = (url: string, base: string, into: Map<string, Buffer>) => {
    const path = local(url, base);
    if (!path || into.has(path) || !existsSync(join(dist, path))) return;
    const data = readFileSync(join(dist, path));
    into.set(path, data);
    for (const [, imported] of data.toString('utf8').matchAll(CSS_IMPORT)) addCss(imported!, path, into);
  };
  const addJs = (url: string, base: string, into: Map<string, Buffer>) => {
    const path = local(url, base);
    if (!path || js.has(path) || into.has(path) || !existsSync(join(dist, path))) return;
    const data = readFileSync(join(dist, path));
    into.set(path, data);
    const text = data.toString('utf8');
    for (const [, imported] of text.matchAll(STATIC_IMPORT)) addJs(imported!, path, into);
    for (const [, imported] of text.matchAll(DYNAMIC_IMPORT)) addJs(imported!, path, lazy);
  };

  let inlineScript = 0;
  let inlineStyle = 0;
  for (const link of root.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (!href) continue;
    if (rel.includes('stylesheet'))
      addCss(href, page, link.getAttribute('media') === 'print' ? buckets.printCss : buckets.css);
    else if (rel.includes('modulepreload')) addJs(href, page, js);
  }
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) addJs(src, page, js);
    else inlineScript += Buffer.byteLength(script.textContent);
  }
  for (const style of root.querySelectorAll('style')) inlineStyle += Buffer.byteLength(style.textContent);
  for (const path of js.keys()) lazy.delete(path);

  const htmlSizes = { raw: html.length, gzip: gzipSize(html) };
  const css = sum(buckets.css);
  const jsSizes = sum(js);
  return {
    page,
    html: htmlSizes,
    css,
    printCss: sum(buckets.printCss),
    js: jsSizes,
    lazyJs: sum(lazy),
    total: { raw: htmlSizes.raw + css.raw + jsSizes.raw, gzip: htmlSizes.gzip + css.gzip + jsSizes.gzip },
    inline: { script: inlineScript, style: inlineStyle },
  };
}

function main(args: string[]): void {
  const distAt = args.indexOf('--dist');
  const dist = resolve(distAt >= 0 ? args[distAt + 1]! : 'dist');
  const json = args.includes('--json');
  const pages = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--dist');
  if (!existsSync(dist)) {
    console.error(`page-weight: no built site at ${dist}; run npm run build first (or pass --dist DIR).`);
    process.exit(1);
  }
  const missing = (pages.length ? pages : DEFAULT_PAGES).filter(
    (p) => !existsSync(p.endsWith('/') ? join(dist, p, 'index.html') : join(dist, p)),
  );
  if (missing.length) {
    console.error(`page-weight: ${dist} has no page ${missing.join(', ')}.`);
    process.exit(1);
  }
  const weights = (pages.length ? pages : DEFAULT_PAGES).map((p) => weighPage(dist, p));
  if (json) {
    console.log(JSON.stringify(weights, null, 1));
    return;
  }
  const cell = (s: Sizes) => `${s.raw} / ${s.gzip}`.padStart(15);
  console.log(
    `${'page'.padEnd(30)}${'HTML'.padStart(15)}${'CSS'.padStart(15)}${'JS'.padStart(15)}${'total'.padStart(15)}${'lazy JS'.padStart(15)}   (bytes raw / gzip -9)`,
  );
  for (const w of weights)
    console.log(`${w.page.padEnd(30)}${cell(w.html)}${cell(w.css)}${cell(w.js)}${cell(w.total)}${cell(w.lazyJs)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
