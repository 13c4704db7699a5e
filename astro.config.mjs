// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// The public address the site is served from (e.g. SITE_URL=https://plans.example.cn npm run build).
// Without it the site publishes no absolute URL at all: no canonical or og:url, site-relative URLs in
// data files and citations, and no sitemap (which needs absolute URLs).
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Plan text is rendered from our own parse of the MDX (src/lib/plan-document.ts); MDX pages written by hand
  // (about, data) use remark-gfm for tables. Smartypants stays off so quotation marks are never rewritten.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }) },
  // The sitemap lists every page; the 404 page is not a page to index.
  integrations: [mdx(), ...(site ? [sitemap({ filter: (page) => !page.includes('/404') })] : [])],
  devToolbar: { enabled: false },
});
