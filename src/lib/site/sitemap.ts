/**
 * Which pages the sitemap (@astrojs/sitemap, astro.config.mjs) lists: only canonical, indexable
 * pages. Left out are the not-found page and the reversed compare URLs /compare/<later>/<earlier>/,
 * which are noindex redirects to the canonical pair page (paths.ts, comparePath).
 */
import { NOT_FOUND_PATHS, isReversedComparePath } from './paths.ts';

/**
 * The sitemap's page filter. `chronological` is the plans in the order compare pages use
 * (Counterparts.plans, written by `npm run align`); @astrojs/sitemap passes absolute page URLs.
 */
export function sitemapFilter(chronological: readonly string[]): (page: string) => boolean {
  return (page) => {
    const path = new URL(page, 'https://site.invalid').pathname;
    return !NOT_FOUND_PATHS.includes(path) && !isReversedComparePath(path, chronological);
  };
}
