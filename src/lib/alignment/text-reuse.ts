/**
 * Text reuse: which characters of one plan's measures stand in exact runs of at least MIN_RUN
 * characters that also occur in another plan. Runs are found through their MIN_RUN-character
 * windows: a run of 20 shared characters is 9 overlapping shared windows. Boilerplate — unit lists,
 * and phrases found in most plans — is counted apart as generic, so that what a plan copies stands out.
 */
import { normalizeForComparison } from './similarity.ts';

/** Shorter matches are too often stock phrases (绿色金融改革创新试验区 is 11 characters). */
export const MIN_RUN = 12;

export interface ReuseDocument {
  id: string;
  /** The plan (or any group) the document belongs to; reuse is measured between groups. */
  group: string;
  text: string;
  /** Ranges of `text` (start inclusive, end exclusive) that are boilerplate whatever they match, e.g. unit lists. */
  boilerplate?: readonly (readonly [number, number])[];
}

/** A stretch of a document's original text shared with the listed groups. */
export interface SharedSegment {
  start: number;
  end: number;
  groups: string[];
}

export interface ReuseCell {
  from: string;
  to: string;
  /** Characters of `from`'s documents (white space not counted). */
  characters: number;
  /** Characters in runs also found in `to`, boilerplate excluded. */
  shared: number;
  /** Characters in runs also found in `to` that are boilerplate. */
  generic: number;
}

export interface ReuseResult {
  groups: string[];
  /** Per group: characters of its documents, and those shared (specifically) with at least one other group. */
  anyOther: { group: string; characters: number; shared: number }[];
  /** One cell per ordered pair of different groups, in group order. */
  matrix: ReuseCell[];
  /** Per document: its specific shared text, segment by segment, with the groups that share it. */
  segments: Map<string, SharedSegment[]>;
}

export interface ReuseOptions {
  minRun?: number;
  /** A window found in at least this many groups is generic (default: three quarters of the groups, at least 3). */
  genericGroups?: number;
}

interface Prepared {
  doc: ReuseDocument;
  chars: string[];
  /** Offset in the original text of each normalised character. */
  origin: number[];
  boilerplate: boolean[];
  windows: string[];
}

function prepare(doc: ReuseDocument, minRun: number): Prepared {
  const chars: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const ch of doc.text) {
    for (const normal of normalizeForComparison(ch)) {
      chars.push(normal);
      origin.push(offset);
    }
    offset += ch.length;
  }
  const inBoilerplate = (at: number) => (doc.boilerplate ?? []).some(([start, end]) => at >= start && at < end);
  const windows: string[] = [];
  for (let i = 0; i + minRun <= chars.length; i++) windows.push(chars.slice(i, i + minRun).join(''));
  return { doc, chars, origin, boilerplate: origin.map(inBoilerplate), windows };
}

export function measureReuse(documents: readonly ReuseDocument[], options: ReuseOptions = {}): ReuseResult {
  const minRun = options.minRun ?? MIN_RUN;
  const groups = [...new Set(documents.map((d) => d.group))];
  const genericGroups = options.genericGroups ?? Math.max(3, Math.ceil(groups.length * 0.75));
  const prepared = documents.map((doc) => prepare(doc, minRun));

  const groupsOfWindow = new Map<string, Set<string>>();
  for (const p of prepared) {
    for (const window of p.windows) {
      if (!groupsOfWindow.has(window)) groupsOfWindow.set(window, new Set());
      groupsOfWindow.get(window)!.add(p.doc.group);
    }
  }
  const isGeneric = (window: string) => groupsOfWindow.get(window)!.size >= genericGroups;

  const totals = new Map<string, ReuseCell>();
  const cell = (from: string, to: string) => {
    const key = `${from}\u0000${to}`;
    if (!totals.has(key)) totals.set(key, { from, to, characters: 0, shared: 0, generic: 0 });
    return totals.get(key)!;
  };
  const segments = new Map<string, SharedSegment[]>();
  const anyOther = new Map(groups.map((g) => [g, { group: g, characters: 0, shared: 0 }]));

  for (const p of prepared) {
    const others = groups.filter((g) => g !== p.doc.group);
    // For each character: the groups sharing it specifically, and whether some group shares it only generically.
    const specific = p.chars.map(() => new Set<string>());
    const covered = p.chars.map(() => new Set<string>());
    p.windows.forEach((window, i) => {
      const owners = groupsOfWindow.get(window)!;
      // A window that touches boilerplate, or that most groups share, can only make characters generic.
      const generic = isGeneric(window) || p.boilerplate.slice(i, i + minRun).some(Boolean);
      for (const other of others) {
        if (!owners.has(other)) continue;
        for (let k = i; k < i + minRun; k++) {
          covered[k]!.add(other);
          if (!generic) specific[k]!.add(other);
        }
      }
    });
    for (const other of others) {
      const c = cell(p.doc.group, other);
      c.characters += p.chars.length;
      for (let k = 0; k < p.chars.length; k++) {
        if (specific[k]!.has(other)) c.shared++;
        else if (covered[k]!.has(other)) c.generic++;
      }
    }
    const total = anyOther.get(p.doc.group)!;
    total.characters += p.chars.length;
    total.shared += specific.filter((set) => set.size > 0).length;
    segments.set(p.doc.id, toSegments(p, specific, groups));
  }

  const matrix = groups.flatMap((from) => groups.filter((to) => to !== from).map((to) => cell(from, to)));
  return { groups, anyOther: [...anyOther.values()], matrix, segments };
}

/** Consecutive characters shared with the same groups become one segment, in original offsets. */
function toSegments(p: Prepared, specific: Set<string>[], order: readonly string[]): SharedSegment[] {
  const result: SharedSegment[] = [];
  const key = (k: number) => order.filter((g) => specific[k]!.has(g)).join(' ');
  let k = 0;
  while (k < p.chars.length) {
    const groups = key(k);
    let end = k + 1;
    while (end < p.chars.length && key(end) === groups) end++;
    if (groups !== '') {
      result.push({ start: p.origin[k]!, end: p.origin[end - 1]! + 1, groups: groups.split(' ') });
    }
    k = end;
  }
  return result;
}

/** Share of `from`'s characters shared with `to`, 0–1, rounded for stable output. */
export function reuseShare(c: Pick<ReuseCell, 'characters' | 'shared'>): number {
  return c.characters === 0 ? 0 : Math.round((c.shared / c.characters) * 10_000) / 10_000;
}
