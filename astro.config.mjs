// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// The public address the site is served from; citations print it. Override with SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://greenfinance-plans.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Plan text is rendered from our own parse of the MDX (src/lib/plan-document.ts); MDX pages written by hand
  // (about, data) use remark-gfm for tables. Smartypants stays off so quotation marks are never rewritten.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
