/**
 * Every URL the site publishes for plans and measures is made here. A measure's URL is a promise
 * to the people who cite it: changing these functions changes published links, which the
 * published-URL test will catch.
 */

export function planPath(slug: string): string {
  return `/plans/${slug}/`;
}

/** The page of one measure, e.g. /plans/panzhihua/3.1.2/. */
export function measurePath(measure: { plan: string; number: string }): string {
  return `/plans/${measure.plan}/${measure.number}/`;
}

/** The measure's place in its plan's reading page: its anchor is its number. */
export function measureInPlanPath(measure: { plan: string; number: string }): string {
  return `${planPath(measure.plan)}#${measure.number}`;
}

export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The downloadable files of a plan: JSON record and citations, e.g. /data/plans/tongnan.json, /data/plans/tongnan.ris. */
export function planDataPath(slug: string, extension: 'json' | 'ris' | 'bib' | 'csl.json' = 'json'): string {
  return `/data/plans/${slug}.${extension}`;
}

/** The downloadable files of a measure, e.g. /data/measures/panzhihua/3.1.2.json, …/3.1.2.ris. */
export function measureDataPath(
  measure: { plan: string; number: string },
  extension: 'json' | 'ris' | 'bib' | 'csl.json' = 'json',
): string {
  return `/data/measures/${measure.plan}/${measure.number}.${extension}`;
}

/** A site-wide download in /data/, e.g. dataPath('measures.csv'). */
export function dataPath(file: string): string {
  return `/data/${file}`;
}

/** The Atom feed of the library and the default share image. */
export const FEED_PATH = '/feed.xml';
export const SHARE_IMAGE_PATH = '/og-image.png';

/** A received source text as published, e.g. /sources/000_a517b2b22c002621.txt. */
export function sourcePath(file: string): string {
  return `/sources/${file}`;
}
