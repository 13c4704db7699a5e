// @ts-check
import { createRequire } from 'node:module';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentPipeline from './src/integration/pipeline.ts';
import { currentBuildContext } from './src/lib/build/context.ts';
import { sitemapFilter } from './src/lib/site/sitemap.ts';
import { securityHeaders } from './src/integration/security-headers.ts';

// The public address the site is served from (e.g. SITE_URL=https://plans.example.cn npm run build).
// Without it the site publishes no absolute URL at all: no canonical or og:url, site-relative URLs in
// data files and citations, and no sitemap (which needs absolute URLs). The build says so once.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Two editions: Chinese at the root (every URL it had before), English under /en/, where every page
  // has its twin (src/pages/en/ renders each Chinese route with the English words and translation;
  // src/lib/site/paths.ts makes the paths of both).
  i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } },
  // Stylesheets and scripts are always files, never inlined into the page: the Content-Security-Policy
  // (src/lib/site/security.ts) allows no inline style or script. Astro inlines a script chunk smaller
  // than Vite's assetsInlineLimit, so the limit is 0 (no other asset goes through Vite).
  // concurrency: four pages in flight, so that one renders while others are written to disk; with one,
  // the page thread sat idle half the time (scale benchmark at 20×: pages 42 s with 1, 30 s with 4).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The paste page's worker (src/client/compare-text-worker.ts) parses MDX in a worker, which has no
    // `document`: the micromark helper whose browser build decodes entities through the DOM takes its
    // plain build there (the package's own "worker" condition, which Vite does not apply to workers).
    worker: {
      format: 'es',
      plugins: () => [
        {
          name: 'worker-without-dom',
          enforce: 'pre',
          resolveId: (id) =>
            id === 'decode-named-character-reference'
              ? createRequire(import.meta.url).resolve('decode-named-character-reference')
              : null,
        },
      ],
    },
  },
  // @astrojs/mdx renders the hand-written prose page src/pages/about.mdx. Plan text is not rendered through
  // it: the plan pages print our own parse of content/plans/*.mdx (README, "Why plans are not rendered by MDX").
  // The pipeline (src/integration/) checks and aligns content/ before the pages, and writes the
  // search index after them; in dev it follows edits to content/. Without SITE_URL it warns once.
  // The sitemap lists only canonical, indexable pages (src/lib/site/sitemap.ts: not the 404 page, not
  // the reversed compare redirects, found from the build context's compare order); it needs SITE_URL.
  integrations: [
    contentPipeline(),
    mdx(),
    ...(site
      ? [
          sitemap({
            filter: (page) => sitemapFilter(currentBuildContext().counterparts.plans)(page),
            // Each URL lists its twin in the other edition (xhtml:link hreflang).
            i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
          }),
        ]
      : []),
    // dist/_headers: the security headers and the Content-Security-Policy for hosts that read the file.
    securityHeaders(),
  ],
  devToolbar: { enabled: false },
});
