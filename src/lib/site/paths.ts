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
} as const;

/** Where every plan's pages live; not a page itself (the plans are listed on the home page). */
export const PLANS_PREFIX = '/plans/';

/** Fixed anchors that other pages or captions link to. */
export const ANCHORS = {
  /** The method section of /about/ and of /reuse/. */
  method: 'method',
  /** The topic × plan table on /topics/, which the heat map's caption points to. */
  topicMatrix: 'matrix-table',
} as const;

/** A link to an anchor on the current page, e.g. `#matrix-table`. */
export function hash(anchor: string): string {
  return `#${anchor}`;
}

/** A path with an anchor, e.g. /about/#method. */
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

export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
