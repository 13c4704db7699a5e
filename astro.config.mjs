// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { getCounterparts } from './src/lib/content/load.ts';
import { sitemapFilter } from './src/lib/site/sitemap.ts';
import { missingSiteWarning } from './src/lib/site/site-address.ts';

// The public address the site is served from (e.g. SITE_URL=https://plans.example.cn npm run build).
// Without it the site publishes no absolute URL at all: no canonical or og:url, site-relative URLs in
// data files and citations, and no sitemap (which needs absolute URLs). The build says so once.
const site = process.env.SITE_URL || undefined;

/** @type {import('astro').AstroIntegration} */
const siteAddressWarning = {
  name: 'site-address-warning',
  hooks: { 'astro:build:start': ({ logger }) => logger.warn(missingSiteWarning()) },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // @astrojs/mdx renders the hand-written prose page src/pages/about.mdx. Plan text is not rendered through
  // it: the plan pages print our own parse of content/plans/*.mdx (README, "Why plans are not rendered by MDX").
  // The sitemap lists only canonical, indexable pages (src/lib/site/sitemap.ts: not the 404 page, not the
  // reversed compare redirects, found from the compare order `npm run align` wrote); it needs SITE_URL.
  integrations: [
    mdx(),
    ...(site ? [sitemap({ filter: sitemapFilter(getCounterparts().plans) })] : [siteAddressWarning]),
  ],
  devToolbar: { enabled: false },
});
