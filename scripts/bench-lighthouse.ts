/**
 * Lighthouse's mobile preset (its default: a mid-range phone, 4× CPU slowdown, simulated slow 4G)
 * on the site's heaviest pages, served from dist/ as built: total blocking time and DOM size. Run
 * `npm run build` first; `npm run bench:lighthouse [-- <path> …]`. Uses Debian's Chromium
 * (CHROMIUM_PATH to override); nothing is downloaded. Figures in README ("Weight on a phone").
 *
 * The default pages are the largest pair page of each edition (by HTML bytes, found in dist/),
 * the plan page and a measure page of the longest plan, and the home page.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { DIST } from '../src/tests/built-site.ts';
import { serveDist } from '../src/tests/static-server.ts';

/** The pair page (/compare/<a>/<b>/) with the most HTML in an edition's folder. */
function largestPairPage(prefix: string): string {
  const root = join(DIST, prefix, 'compare');
  let best = { path: '', size: -1 };
  for (const a of readdirSync(root)) {
    if (!statSync(join(root, a)).isDirectory() || a === 'text') continue;
    for (const b of readdirSync(join(root, a))) {
      const file = join(root, a, b, 'index.html');
      const size = statSync(file, { throwIfNoEntry: false })?.size ?? -1;
      if (size > best.size) best = { path: `${prefix}/compare/${a}/${b}/`, size };
    }
  }
  return best.path;
}

const asked = process.argv.slice(2);
const pages =
  asked.length > 0
    ? asked
    : [largestPairPage(''), largestPairPage('/en'), '/plans/tongnan/', '/en/plans/tongnan/', '/plans/tongnan/9/', '/'];

const server = await serveDist({ hostHeaders: true });
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  console.log('| page | total blocking time | DOM elements | performance score |');
  console.log('|---|---:|---:|---:|');
  for (const page of pages) {
    const result = await lighthouse(`${server.origin}${page}`, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
    const { audits, categories } = result.lhr;
    const tbt = audits['total-blocking-time']?.numericValue ?? NaN;
    // The DOM size is an insight since Lighthouse 13; its details carry the element count.
    const domItems =
      (
        audits['dom-size-insight']?.details as
          { items?: { statistic?: string; value?: { value?: number } | number }[] } | undefined
      )?.items ?? [];
    const total = domItems.find((item) => /total/i.test(String(item.statistic)))?.value;
    const elements = typeof total === 'number' ? total : (total?.value ?? NaN);
    const score = Math.round((categories.performance?.score ?? NaN) * 100);
    console.log(`| ${page} | ${Math.round(tbt)} ms | ${elements} | ${score} |`);
  }
} finally {
  chrome.kill();
  await server.close();
}
