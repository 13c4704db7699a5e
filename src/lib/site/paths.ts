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

/** The page that lists every pair of plans and the lineage of the library. */
export function compareIndexPath(): string {
  return '/compare/';
}

/**
 * The side-by-side page of two plans. The canonical URL names the earlier plan first (the order of
 * `chronological`, i.e. Counterparts.plans); /compare/<later>/<earlier>/ is a redirect to it.
 */
export function comparePath(a: string, b: string, chronological: readonly string[]): string {
  const [first, second] = chronological.indexOf(a) <= chronological.indexOf(b) ? [a, b] : [b, a];
  return `/compare/${first}/${second}/`;
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
  return `${comparePath(measure.plan, otherPlan, chronological)}#${compareAnchor(measure)}`;
}
