/**
 * Every URL and every anchor the site publishes is made here. A URL is a promise to the people who
 * cite it: changing these functions changes published links, which the published-URL and
 * internal-link tests will catch. Templates call these; none writes a path or `#anchor` by hand.
 */

/** The site's fixed pages. */
export const PAGES = {
  home: '/',
  topics: '/topics/',
  agencies: '/agencies/',
  targets: '/targets/',
  reuse: '/reuse/',
  search: '/search/',
  about: '/about/',
  data: '/data/',
  compare: '/compare/',
  /** "Compare your text": the paste tool, and the library file it fetches when used. */
  compareText: '/compare/text/',
  compareTextLibrary: '/compare/text/library.json',
} as const;

/**
 * The page static hosts serve for an unknown address (dist/404.html, which Astro builds from
 * src/pages/404.astro as /404/ in its own routing). It is no address of its own to link, index or
 * call canonical.
 */
export const NOT_FOUND_PATHS: readonly string[] = ['/404/', '/404', '/404.html'];

/** Where every plan's pages live; not a page itself (the plans are listed on the home page). */
export const PLANS_PREFIX = '/plans/';

/** Fixed anchors that other pages or captions link to. */
export const ANCHORS = {
  /** The method section of /about/ and of /reuse/. */
  method: 'method',
  /** The topic × plan table on /topics/, which the heat map's caption points to. */
  topicMatrix: 'matrix-table',
  /** The coverage gaps (覆盖缺口) section of a plan page, linked from /topics/. */
  gaps: 'gaps',
} as const;

/**
 * The sections of a pair page (/compare/<a>/<b>/) that its summary's counts link to: each holds
 * exactly the rows its count counts.
 */
export const PAIR_ANCHORS = {
  summary: 'summary',
  overlap: 'overlap',
  onlyEarlier: 'only-earlier',
  onlyLater: 'only-later',
  changes: 'changes',
  rows: 'rows',
  /** The links of one kind (照搬, 改写 …). */
  links: (kind: string) => `links-${kind}`,
  /** The changes of one kind (wording strength, lead unit …). */
  change: (kind: string) => `changes-${kind}`,
} as const;

/** The id of one counterpart block on a pair page: the two measures' anchors. */
export function pairLinkAnchor(from: { plan: string; number: string }, to: { plan: string; number: string }): string {
  return `${compareAnchor(from)}--${compareAnchor(to)}`;
}

/** A link to an anchor on the current page, e.g. `#matrix-table`. */
export function hash(anchor: string): string {
  return `#${anchor}`;
}

/** A path with an anchor, e.g. /about/#method. */
/** The id of the n-th province group (from 0) on pages that group plans by province at scale. */
export function provinceAnchor(index: number): string {
  return `province-${index + 1}`;
}

export function withAnchor(path: string, anchor: string): string {
  return `${path}${hash(anchor)}`;
}

export function planPath(slug: string): string {
  return `${PLANS_PREFIX}${slug}/`;
}

/** The page of one measure, e.g. /plans/panzhihua/3.1.2/. */
export function measurePath(measure: { plan: string; number: string }): string {
  return `${planPath(measure.plan)}${measure.number}/`;
}

/** The anchor of a measure on its plan's reading page: its number. */
export function measureAnchor(measure: { number: string }): string {
  return measure.number;
}

/** The measure's place in its plan's reading page. */
export function measureInPlanPath(measure: { plan: string; number: string }): string {
  return withAnchor(planPath(measure.plan), measureAnchor(measure));
}

/** The id of a block on the plan page that has no outline anchor: its place among the blocks. Not a published link. */
export function blockId(index: number): string {
  return `b${index + 1}`;
}

/** The id of an annex task row on the plan page. */
export function taskAnchor(task: number): string {
  return `task-${task}`;
}

/** An annex task row on its plan's reading page. */
export function taskInPlanPath(plan: string, task: number): string {
  return withAnchor(planPath(plan), taskAnchor(task));
}

/** An outline place on a plan's reading page (anchors such as s1-2 come from the plan's parse). */
export function planAnchorPath(plan: string, anchor: string): string {
  return withAnchor(planPath(plan), anchor);
}

export function topicPath(id: string): string {
  return `${PAGES.topics}${id}/`;
}

/** A topic category's heading on /topics/. */
export function categoryAnchor(id: string): string {
  return `category-${id}`;
}

export function agencyPath(id: string): string {
  return `${PAGES.agencies}${id}/`;
}

/** An agency type's heading on /agencies/. */
export function agencyTypeAnchor(id: string): string {
  return `type-${id}`;
}

/** The editorial note on a target, on /targets/. */
export function targetNoteAnchor(target: { plan: string; metric: string }): string {
  return `note-${target.plan}-${target.metric}`;
}

/** A chart of one metric on /targets/. */
export function metricChartId(metric: string): string {
  return `chart-${metric}`;
}

/** A download on /data/, e.g. /data/measures.csv. */
export function dataFilePath(name: string): string {
  return `${PAGES.data}${name}`;
}

/** The downloadable files of a plan: JSON record and citations, e.g. /data/plans/tongnan.json, /data/plans/tongnan.ris. */
export function planDataPath(slug: string, extension: 'json' | 'ris' | 'bib' | 'csl.json' = 'json'): string {
  return `${PAGES.data}plans/${slug}.${extension}`;
}

/** The downloadable files of a measure, e.g. /data/measures/panzhihua/3.1.2.json, …/3.1.2.ris. */
export function measureDataPath(
  measure: { plan: string; number: string },
  extension: 'json' | 'ris' | 'bib' | 'csl.json' = 'json',
): string {
  return `${PAGES.data}measures/${measure.plan}/${measure.number}.${extension}`;
}

/** The Atom feed of the library and the default share image. */
export const FEED_PATH = '/feed.xml';
export const SHARE_IMAGE_PATH = '/og-image.png';

/** A received source text as published, e.g. /sources/000_a517b2b22c002621.txt. */
export function sourcePath(file: string): string {
  return `/sources/${file}`;
}

/**
 * The side-by-side page of two plans. The canonical URL names the earlier plan first (the order of
 * `chronological`, i.e. Counterparts.plans); /compare/<later>/<earlier>/ is a redirect to it.
 */
export function comparePath(a: string, b: string, chronological: readonly string[]): string {
  const [first, second] = chronological.indexOf(a) <= chronological.indexOf(b) ? [a, b] : [b, a];
  return `${PAGES.compare}${first}/${second}/`;
}

/**
 * Whether a path is a reversed compare URL, /compare/<later>/<earlier>/: a redirect to
 * comparePath(), marked noindex, so never a page to list in the sitemap.
 */
export function isReversedComparePath(path: string, chronological: readonly string[]): boolean {
  const match = new RegExp(`^${PAGES.compare}([^/]+)/([^/]+)/$`).exec(path);
  if (!match) return false;
  const [, a, b] = match as unknown as [string, string, string];
  if (!chronological.includes(a) || !chronological.includes(b)) return false;
  return comparePath(a, b, chronological) !== path;
}

/** The id of a measure's row on a compare page, e.g. tongnan-7 or panzhihua-3-1-2. */
export function compareAnchor(measure: { plan: string; number: string }): string {
  return `${measure.plan}-${measure.number.replace(/\./g, '-')}`;
}

/** A measure's row on the compare page of its plan and another plan. */
export function compareMeasurePath(
  measure: { plan: string; number: string },
  otherPlan: string,
  chronological: readonly string[],
): string {
  return withAnchor(comparePath(measure.plan, otherPlan, chronological), compareAnchor(measure));
}
