/**
 * What a build without SITE_URL tells the person running it. Such a build is deliberate (README,
 * "SITE_URL") but leaves relative addresses where readers' tools store them, so it says so once.
 */

/** The warning printed by a build without SITE_URL: which files carry relative URLs, and how to set the address. */
export function missingSiteWarning(): string {
  return [
    'SITE_URL is not set: this build publishes no host name.',
    'These files will carry site-relative URLs (such as /plans/tongnan/9/) instead of full addresses:',
    '  - citation downloads: /data/plans/*.ris, *.bib, *.csl.json and /data/measures/**/*.ris, *.bib, *.csl.json',
    '    (reference managers such as Zotero store the relative URL as the item’s URL);',
    '  - data files: the url fields of /data/*.csv, /data/*.json and the per-plan and per-measure JSON records.',
    'Pages get no canonical link, og:url, og:image or citation_public_url; no sitemap is written; the feed uses urn: ids.',
    'To publish full addresses, build with the address the site is served from, e.g.',
    '  SITE_URL=https://plans.example.cn npm run build',
  ].join('\n');
}
