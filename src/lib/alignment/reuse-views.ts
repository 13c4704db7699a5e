/** The numbers the /reuse/ page states in words, picked from the alignment (never written by hand). */
import type { Alignment, ReuseEntry } from './alignment.ts';

const cellIndexes = new WeakMap<Alignment, { cells: Map<string, ReuseEntry>; characters: Map<string, number> }>();

/**
 * The reuse of `from`'s text in `to`; undefined for a plan with itself. The alignment lists only
 * pairs that share text, so a pair it does not list shares nothing. Indexed once per alignment.
 */
export function reuseCell(alignment: Alignment, from: string, to: string): ReuseEntry | undefined {
  if (from === to) return undefined;
  let index = cellIndexes.get(alignment);
  if (!index) {
    index = {
      cells: new Map(alignment.reuse.map((c) => [`${c.from} ${c.to}`, c])),
      characters: new Map(alignment.reuseAnyOther.map((r) => [r.plan, r.characters])),
    };
    cellIndexes.set(alignment, index);
  }
  const characters = index.characters.get(from) ?? 0;
  return index.cells.get(`${from} ${to}`) ?? { from, to, characters, shared: 0, generic: 0, share: 0, genericShare: 0 };
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

const partnerIndexes = new WeakMap<Alignment, Map<string, ReuseEntry[]>>();

/** The plans `from`'s text is most found in, highest share first (for the reuse page with many plans). */
export function topReusePartners(alignment: Alignment, from: string, limit: number): ReuseEntry[] {
  let index = partnerIndexes.get(alignment);
  if (!index) {
    index = new Map();
    for (const cell of alignment.reuse) {
      const list = index.get(cell.from);
      if (list) list.push(cell);
      else index.set(cell.from, [cell]);
    }
    for (const list of index.values()) list.sort((a, b) => b.share - a.share || a.to.localeCompare(b.to));
    partnerIndexes.set(alignment, index);
  }
  return (index.get(from) ?? []).filter((c) => c.share > 0).slice(0, limit);
}
