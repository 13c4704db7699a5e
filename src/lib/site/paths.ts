/**
 * Every URL and every anchor the site publishes is made here. A URL is a promise to the people who
 * cite it: changing these functions changes published links, which the published-URL and
 * internal-link tests will catch. Templates call these; none writes a path or `#anchor` by hand.
 *
 * Every page has an English twin under /en/ (the same path behind the prefix): the page-path
 * functions take the edition's locale, Chinese by default. Downloads (data files, sources, the
 * feed) are one file for both editions and take none.
 */
import type { Locale } from '#lib/i18n/catalogue.ts';

/** Where each edition's pages live: Chinese at the root, English under /en/. */
export const EDITION_PREFIX: Record<Locale, string> = { 'zh-CN': '', en: '/en' };

/** A Chinese page path in the edition of `locale`, e.g. /plans/tongnan/ → /en/plans/tongnan/. */
export function inEdition(path: string, locale: Locale = 'zh-CN'): string {
  return `${EDITION_PREFIX[locale]}${path}`;
}

/** The edition a page path belongs to. */
export function editionOf(path: string): Locale {
  return path === EDITION_PREFIX.en || path.startsWith(`${EDITION_PREFIX.en}/`) ? 'en' : 'zh-CN';
}

/** The not-found page of each edition, as served: the root one is a file (what static hosts serve), the English one a folder. */
const NOT_FOUND_PAGE: Record<Locale, string> = { 'zh-CN': '/404.html', en: '/en/404/' };

/** The same page in the other edition (the language switch and the hreflang alternates). */
export function pathInEdition(path: string, locale: Locale): string {
  if (NOT_FOUND_PATHS.includes(path)) return NOT_FOUND_PAGE[locale];
  const chinese = editionOf(path) === 'en' ? path.slice(EDITION_PREFIX.en.length) || '/' : path;
  return inEdition(chinese, locale);
}

/** One of the site's fixed pages in the edition of `locale`. */
export function pagePath(page: keyof typeof PAGES, locale: Locale = 'zh-CN'): string {
  return inEdition(PAGES[page], locale);
}

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
  /** The glossary of recurring terms and their English (editorial). */
  glossary: '/glossary/',
  /** "Compare your text": the paste tool, and the library file it fetches when used. */
  compareText: '/compare/text/',
  compareTextLibrary: '/compare/text/library.json',
} as const;

/**
 * The page static hosts serve for an unknown address (dist/404.html, which Astro builds from
 * src/pages/404.astro as /404/ in its own routing). It is no address of its own to link, index or
 * call canonical. The English edition has its own (dist/en/404.html), for hosts that serve one per folder.
 */
export const NOT_FOUND_PATHS: readonly string[] = ['/404/', '/404', '/404.html'].flatMap((path) => [
  path,
  inEdition(path, 'en'),
]);

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
  /** The editorial summary at the top of a plan page, linked from its card on the home page. */
  summary: 'summary',
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

export function planPath(slug: string, locale: Locale = 'zh-CN'): string {
  return inEdition(`${PLANS_PREFIX}${slug}/`, locale);
}

/** The page of one measure, e.g. /plans/panzhihua/3.1.2/. */
export function measurePath(measure: { plan: string; number: string }, locale: Locale = 'zh-CN'): string {
  return `${planPath(measure.plan, locale)}${measure.number}/`;
}

/** The anchor of a measure on its plan's reading page: its number. */
export function measureAnchor(measure: { number: string }): string {
  return measure.number;
}

/** The measure's place in its plan's reading page. */
export function measureInPlanPath(measure: { plan: string; number: string }, locale: Locale = 'zh-CN'): string {
  return withAnchor(planPath(measure.plan, locale), measureAnchor(measure));
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
export function taskInPlanPath(plan: string, task: number, locale: Locale = 'zh-CN'): string {
  return withAnchor(planPath(plan, locale), taskAnchor(task));
}

/** An outline place on a plan's reading page (anchors such as s1-2 come from the plan's parse). */
export function planAnchorPath(plan: string, anchor: string, locale: Locale = 'zh-CN'): string {
  return withAnchor(planPath(plan, locale), anchor);
}

export function topicPath(id: string, locale: Locale = 'zh-CN'): string {
  return inEdition(`${PAGES.topics}${id}/`, locale);
}

/** A term's entry on the glossary page, named by its English (e.g. #green-bonds). */
export function glossaryAnchor(english: string): string {
  return `term-${english
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** A term's entry on the glossary page of the edition of `locale`. */
export function glossaryEntryPath(english: string, locale: Locale = 'zh-CN'): string {
  return withAnchor(pagePath('glossary', locale), glossaryAnchor(english));
}

/** A topic category's heading on /topics/. */
export function categoryAnchor(id: string): string {
  return `category-${id}`;
}

export function agencyPath(id: string, locale: Locale = 'zh-CN'): string {
  return inEdition(`${PAGES.agencies}${id}/`, locale);
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
export function comparePath(a: string, b: string, chronological: readonly string[], locale: Locale = 'zh-CN'): string {
  const [first, second] = chronological.indexOf(a) <= chronological.indexOf(b) ? [a, b] : [b, a];
  return inEdition(`${PAGES.compare}${first}/${second}/`, locale);
}

/**
 * Whether a path is a reversed compare URL, /compare/<later>/<earlier>/: a redirect to
 * comparePath(), marked noindex, so never a page to list in the sitemap.
 */
export function isReversedComparePath(path: string, chronological: readonly string[]): boolean {
  const chinese = pathInEdition(path, 'zh-CN');
  const match = new RegExp(`^${PAGES.compare}([^/]+)/([^/]+)/$`).exec(chinese);
  if (!match) return false;
  const [, a, b] = match as unknown as [string, string, string];
  if (!chronological.includes(a) || !chronological.includes(b)) return false;
  return comparePath(a, b, chronological) !== chinese;
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
  locale: Locale = 'zh-CN',
): string {
  return withAnchor(comparePath(measure.plan, otherPlan, chronological, locale), compareAnchor(measure));
}
