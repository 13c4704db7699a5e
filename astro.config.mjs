// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentPipeline from './src/integration/pipeline.ts';

// The public address the site is served from (e.g. SITE_URL=https://plans.example.cn npm run build).
// Without it the site publishes no absolute URL at all: no canonical or og:url, site-relative URLs in
// data files and citations, and no sitemap (which needs absolute URLs).
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // @astrojs/mdx renders the hand-written prose page src/pages/about.mdx. Plan text is not rendered through
  // it: the plan pages print our own parse of content/plans/*.mdx (README, "Why plans are not rendered by MDX").
  // The sitemap lists every page (the 404 page is not one to index); it needs SITE_URL.
  // The pipeline (src/integration/) checks and aligns content/ before the pages, and writes the
  // search index after them; in dev it follows edits to content/.
  integrations: [contentPipeline(), mdx(), ...(site ? [sitemap({ filter: (page) => !page.includes('/404') })] : [])],
  devToolbar: { enabled: false },
});
