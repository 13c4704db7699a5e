/** The numbers the /reuse/ page states in words, picked from the alignment (never written by hand). */
import type { Alignment, ReuseEntry } from './alignment.ts';

export function reuseCell(alignment: Alignment, from: string, to: string): ReuseEntry | undefined {
  return alignment.reuse.find((c) => c.from === from && c.to === to);
}

/** The ordered pair with the highest share, and the plan with the lowest share found anywhere else. */
export function reuseHighlights(alignment: Alignment) {
  const highest = [...alignment.reuse].sort((a, b) => b.share - a.share || a.from.localeCompare(b.from))[0]!;
  const leastShared = [...alignment.reuseAnyOther].sort(
    (a, b) => a.share - b.share || a.plan.localeCompare(b.plan),
  )[0]!;
  const mostShared = [...alignment.reuseAnyOther].sort((a, b) => b.share - a.share || a.plan.localeCompare(b.plan))[0]!;
  return { highest, leastShared, mostShared };
}
