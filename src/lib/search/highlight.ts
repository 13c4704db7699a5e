/**
 * Highlight on arrival: a result link carries the terms it matched (?highlight=碳账户), and the
 * page it opens marks them (src/client/highlight-on-arrival.ts). The link stays the published URL
 * with a query string added, so a shared link highlights too and works without JavaScript.
 */
import { termRanges, type RangeFinder } from './precision.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

export { HIGHLIGHT_PARAM };

/** The link to a result with its terms, e.g. /plans/rongchang/?highlight=碳账户#task-3. */
export function highlightLink(url: string, terms: readonly string[]): string {
  const hashAt = url.indexOf('#');
  const path = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const params = new URLSearchParams();
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const search = params.toString();
  return `${path}${search === '' ? '' : `?${search}`}${hash}`;
}

/** The terms a page was opened with (at most ten, each at most fifty characters). */
export function highlightTermsFromUrl(search: string): string[] {
  return new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((t) => t.slice(0, 50))
    .filter((t) => t.trim() !== '')
    .slice(0, 10);
}

/** Where to cut one text node: [node index, start, end) in that node. */
export type NodeSegment = [number, number, number];

/**
 * The matches of the terms in a run of text nodes read as one text (a term may cross from one
 * element into the next), as segments of each node to wrap in a mark.
 */
export function highlightSegments(
  nodeTexts: readonly string[],
  terms: readonly string[],
  ranges: RangeFinder = termRanges,
): NodeSegment[] {
  const starts: number[] = [];
  let total = 0;
  for (const text of nodeTexts) {
    starts.push(total);
    total += text.length;
  }
  const segments: NodeSegment[] = [];
  for (const [from, to] of ranges(nodeTexts.join(''), terms)) {
    nodeTexts.forEach((text, node) => {
      const start = Math.max(from, starts[node]!);
      const end = Math.min(to, starts[node]! + text.length);
      if (start < end) segments.push([node, start - starts[node]!, end - starts[node]!]);
    });
  }
  return segments;
}
