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
  /** One cell per ordered pair of different groups that share any text (specific or generic), in group order; a missing pair shares nothing. */
  matrix: ReuseCell[];
  /** Per document: its specific shared text, segment by segment, with the groups that share it. */
  segments: Map<string, SharedSegment[]>;
}

/**
 * A window found in this many groups or more is stock phrasing of the whole corpus: it is generic
 * however many groups there are, and it is counted for no pair (not even as generic), since it
 * says nothing about who copied whom. This bounds the work: a window meets at most this many groups.
 */
export const GENERIC_GROUPS_CAP = 32;

export interface ReuseOptions {
  minRun?: number;
  /** A window found in at least this many groups is generic (default: three quarters of the groups, at least 3, at most genericGroupsCap). */
  genericGroups?: number;
  genericGroupsCap?: number;
}

interface Prepared {
  doc: ReuseDocument;
  group: number;
  chars: string[];
  /** Offset in the original text of each normalised character. */
  origin: number[];
  /** boilerplateBefore[k]: how many of the first k characters are boilerplate. */
  boilerplateBefore: Int32Array;
  windows: string[];
}

function prepare(doc: ReuseDocument, group: number, minRun: number): Prepared {
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
  const ranges = doc.boilerplate ?? [];
  const boilerplateBefore = new Int32Array(chars.length + 1);
  origin.forEach((at, k) => {
    const inside = ranges.some(([start, end]) => at >= start && at < end);
    boilerplateBefore[k + 1] = boilerplateBefore[k]! + (inside ? 1 : 0);
  });
  const windows: string[] = [];
  for (let i = 0; i + minRun <= chars.length; i++) windows.push(chars.slice(i, i + minRun).join(''));
  return { doc, group, chars, origin, boilerplateBefore, windows };
}

/** Characters covered by windows [i, i + minRun) met in increasing i: merged runs and their total length. */
class Coverage {
  runs: [number, number][] = [];
  length = 0;
  add(start: number, end: number) {
    const last = this.runs.at(-1);
    if (last && start <= last[1]) {
      if (end > last[1]) {
        this.length += end - last[1];
        last[1] = end;
      }
    } else {
      this.runs.push([start, end]);
      this.length += end - start;
    }
  }
}

/**
 * Windows are found through an index (window → the groups it occurs in, at most the generic
 * threshold), and each document is compared only with the groups its windows occur in, so the work
 * grows with the text and the number of groups that share it, not with the number of group pairs.
 */
export function measureReuse(documents: readonly ReuseDocument[], options: ReuseOptions = {}): ReuseResult {
  const minRun = options.minRun ?? MIN_RUN;
  const groups = [...new Set(documents.map((d) => d.group))];
  const groupIndex = new Map(groups.map((g, i) => [g, i]));
  const cap = options.genericGroupsCap ?? GENERIC_GROUPS_CAP;
  const genericGroups = options.genericGroups ?? Math.min(cap, Math.max(3, Math.ceil(groups.length * 0.75)));
  const prepared = documents.map((doc) => prepare(doc, groupIndex.get(doc.group)!, minRun));

  // Window → its groups, in order met, up to the cap: that is all the work a window can cause.
  const groupsOfWindow = new Map<string, number[]>();
  for (const p of prepared) {
    for (const window of p.windows) {
      const owners = groupsOfWindow.get(window);
      if (!owners) groupsOfWindow.set(window, [p.group]);
      else if (owners.length < cap && !owners.includes(p.group)) owners.push(p.group);
    }
  }

  const characters = new Array<number>(groups.length).fill(0);
  for (const p of prepared) characters[p.group]! += p.chars.length;
  const cells = new Map<number, ReuseCell>();
  const anyOther = groups.map((group, g) => ({ group, characters: characters[g]!, shared: 0 }));
  const segments = new Map<string, SharedSegment[]>();

  for (const p of prepared) {
    // Per other group: the characters it covers (any window) and those it shares specifically.
    const covered: (Coverage | undefined)[] = new Array(groups.length);
    const specific: (Coverage | undefined)[] = new Array(groups.length);
    p.windows.forEach((window, i) => {
      const owners = groupsOfWindow.get(window)!;
      // Found nowhere else, or stock phrasing of the whole corpus, which says nothing about any pair.
      if (owners.length === 1 || owners.length >= cap) return;
      // A window that touches boilerplate, or that most groups share, can only make characters generic.
      const generic = owners.length >= genericGroups || p.boilerplateBefore[i + minRun]! > p.boilerplateBefore[i]!;
      for (const other of owners) {
        if (other === p.group) continue;
        (covered[other] ??= new Coverage()).add(i, i + minRun);
        if (!generic) (specific[other] ??= new Coverage()).add(i, i + minRun);
      }
    });
    for (const [other, coverage] of covered.entries()) {
      if (!coverage) continue;
      const key = p.group * groups.length + other;
      if (!cells.has(key))
        cells.set(key, {
          from: groups[p.group]!,
          to: groups[other]!,
          characters: characters[p.group]!,
          shared: 0,
          generic: 0,
        });
      const cell = cells.get(key)!;
      const only = specific[other]?.length ?? 0;
      cell.shared += only;
      cell.generic += coverage.length - only;
    }
    const pieces = toSegments(p, specific, groups);
    anyOther[p.group]!.shared += pieces.reduce((sum, piece) => sum + piece.characters, 0);
    segments.set(
      p.doc.id,
      pieces.map(({ start, end, groups }) => ({ start, end, groups })),
    );
  }

  const matrix = [...cells].sort(([a], [b]) => a - b).map(([, cell]) => cell);
  return { groups, anyOther, matrix, segments };
}

/**
 * Consecutive characters shared with the same groups become one segment, in original offsets: a
 * sweep over the start and end of every group's runs.
 */
function toSegments(
  p: Prepared,
  specific: readonly (Coverage | undefined)[],
  names: readonly string[],
): (SharedSegment & { characters: number })[] {
  const events: [at: number, group: number, delta: 1 | -1][] = [];
  for (const [group, coverage] of specific.entries()) {
    if (!coverage) continue;
    for (const [start, end] of coverage.runs) events.push([start, group, 1], [end, group, -1]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const active = new Set<number>();
  const result: (SharedSegment & { characters: number; key: string; to: number })[] = [];
  let e = 0;
  while (e < events.length) {
    const at = events[e]![0];
    while (e < events.length && events[e]![0] === at) {
      const [, group, delta] = events[e++]!;
      if (delta === 1) active.add(group);
      else active.delete(group);
    }
    if (active.size === 0 || e === events.length) continue;
    const next = events[e]![0];
    const ids = [...active].sort((a, b) => a - b);
    const key = ids.join(' ');
    const last = result.at(-1);
    if (last && last.key === key && last.to === at) {
      last.to = next;
      last.end = p.origin[next - 1]! + 1;
      last.characters += next - at;
    } else {
      result.push({
        start: p.origin[at]!,
        end: p.origin[next - 1]! + 1,
        groups: ids.map((g) => names[g]!),
        characters: next - at,
        key,
        to: next,
      });
    }
  }
  return result.map(({ start, end, groups, characters }) => ({ start, end, groups, characters }));
}

/**
 * Neighbouring segments that both name more than `limit` groups become one, naming the groups of
 * both (the topic pages name at most a few plans per mark; a run shared with dozens of plans would
 * otherwise be cut into a segment for every subset of them). Segments naming fewer stay as they are.
 */
export function mergeCrowdedSegments(text: string, segments: readonly SharedSegment[], limit: number): SharedSegment[] {
  const merged: SharedSegment[] = [];
  for (const segment of [...segments].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    const touching = last !== undefined && text.slice(last.end, segment.start).trim() === '';
    if (touching && last.groups.length > limit && segment.groups.length > limit) {
      merged[merged.length - 1] = {
        start: last.start,
        end: segment.end,
        groups: [...new Set([...last.groups, ...segment.groups])],
      };
    } else merged.push(segment);
  }
  return merged;
}

/** Share of `from`'s characters shared with `to`, 0–1, rounded for stable output. */
export function reuseShare(c: Pick<ReuseCell, 'characters' | 'shared'>): number {
  return c.characters === 0 ? 0 : Math.round((c.shared / c.characters) * 10_000) / 10_000;
}
