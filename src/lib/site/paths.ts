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
