// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The public address the site is served from; citations print it. Override with SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://greenfinance-plans.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // @astrojs/mdx renders the hand-written prose page src/pages/about.mdx. Plan text is not rendered through
  // it: the plan pages print our own parse of content/plans/*.mdx (README, "Why plans are not rendered by MDX").
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
