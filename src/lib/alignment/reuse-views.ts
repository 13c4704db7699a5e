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

/** A plan's share of text found in any other plan; throws for a plan the alignment does not cover. */
export function reuseAnyOther(alignment: Alignment, plan: string): Alignment['reuseAnyOther'][number] {
  const entry = alignment.reuseAnyOther.find((r) => r.plan === plan);
  if (entry === undefined) throw new Error(`the alignment has no reuse figure for plan "${plan}"; run npm run align`);
  return entry;
}
