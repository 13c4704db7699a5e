/**
 * Shared passages as readers see them: the stretches of a measure's text that also stand, word for
 * word, in another plan (alignment.sharedText), each with the measures it also stands in, and the
 * measure's paragraphs cut into pieces with a numbered note after every shared passage.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Measure } from '#lib/plan/model.ts';
import type { SharedSegment } from '#lib/alignment/text-reuse.ts';
import { normalizeForComparison } from '#lib/alignment/similarity.ts';

/**
 * A note names at most this many measures, then counts the rest (…等 19 条举措): a passage can
 * stand in a measure of up to GENERIC_GROUPS_CAP plans, and the note should stay a line or two.
 */
export const ALSO_IN_SHOWN = 12;

export interface SharedPassage extends SharedSegment {
  /** Ids of the measures of the other plans in which the passage also stands, in library order. */
  alsoIn: string[];
}

/** Windows of `size` characters of a normalised text. */
function windows(text: string, size: number): string[] {
  const chars = Array.from(text);
  const result: string[] = [];
  for (let i = 0; i + size <= chars.length; i++) result.push(chars.slice(i, i + size).join(''));
  return result;
}

/**
 * For every measure with shared text: its passages and the measures they also stand in. Built once
 * per build through an inverted index of windows, so the cost does not grow with pages × measures.
 */
export function sharedPassageIndex(
  library: Library,
  sharedText: Record<string, SharedSegment[]>,
  minRun: number,
): Map<string, SharedPassage[]> {
  const order = new Map(library.measures.map((m, i) => [m.id, i]));
  const owners = new Map<string, Set<Measure>>();
  for (const measure of library.measures) {
    for (const w of windows(normalizeForComparison(measure.text), minRun)) {
      if (!owners.has(w)) owners.set(w, new Set());
      owners.get(w)!.add(measure);
    }
  }
  const byId = new Map(library.measures.map((m) => [m.id, m]));
  const result = new Map<string, SharedPassage[]>();
  for (const [id, segments] of Object.entries(sharedText)) {
    const measure = byId.get(id);
    if (!measure) continue;
    result.set(
      id,
      segments.map((segment) => {
        // Windows that overlap the passage: a passage can be shorter than one window where the set
        // of plans sharing it changes inside a longer run.
        const around = measure.text.slice(Math.max(0, segment.start - minRun + 1), segment.end + minRun - 1);
        const inner = normalizeForComparison(measure.text.slice(segment.start, segment.end));
        const candidates =
          inner.length >= minRun ? windows(inner, minRun) : windows(normalizeForComparison(around), minRun);
        const found = new Set<Measure>();
        for (const w of candidates) {
          for (const other of owners.get(w) ?? []) if (segment.groups.includes(other.plan)) found.add(other);
        }
        const alsoIn = [...found].sort((x, y) => order.get(x.id)! - order.get(y.id)!).map((m) => m.id);
        return { ...segment, alsoIn };
      }),
    );
  }
  return result;
}

export interface TextPiece {
  text: string;
  /** Set on pieces inside a shared passage. */
  shared: boolean;
  /** Set on the last piece of a passage: the number of its note (passages found in the same measures share one). */
  note?: number;
  /** Set on the first marker of each note, which the note links back to. */
  firstOfNote?: boolean;
}

export interface MarkedParagraph {
  pieces: TextPiece[];
  /** The units parenthetical, on the last paragraph. */
  units?: string;
}

/**
 * The measure's printed paragraphs (label included) cut at the passages' edges. Joining every
 * piece's text and the units gives each paragraph exactly as printed.
 */
export function markParagraphs<T extends SharedSegment>(
  measure: Measure,
  passages: readonly T[] = [],
): { paragraphs: MarkedParagraph[]; notes: T[] } {
  const whereElse = (s: SharedSegment) => ('alsoIn' in s ? (s.alsoIn as string[]) : s.groups).join(' ');
  const { paragraphs, text } = measure;
  const labelLength = paragraphs[0]!.length - text.split('\n')[0]!.length;
  const unitsAt = measure.substance.length;
  const sorted = [...passages].sort((x, y) => x.start - y.start).filter((s) => s.start < unitsAt);
  const notes: T[] = [];
  const noteOf = sorted.map((s) => {
    const found = notes.findIndex((n) => whereElse(n) === whereElse(s));
    if (found >= 0) return found + 1;
    notes.push(s);
    return notes.length;
  });
  const marked = new Set<number>();
  const result: MarkedParagraph[] = [];
  let offset = -labelLength; // text offset of the paragraph's first character
  paragraphs.forEach((paragraph, k) => {
    const start = offset;
    const end = offset + paragraph.length;
    const bodyEnd = Math.min(end, unitsAt);
    const pieces: TextPiece[] = [];
    let at = start;
    const plain = (to: number) => {
      if (to > at) pieces.push({ text: paragraph.slice(at - start, to - start), shared: false });
      at = Math.max(at, to);
    };
    sorted.forEach((segment, i) => {
      const from = Math.max(segment.start, start);
      const to = Math.min(segment.end, bodyEnd);
      if (to <= from) return;
      plain(from);
      const piece: TextPiece = { text: paragraph.slice(from - start, to - start), shared: true };
      if (segment.end <= bodyEnd || k === paragraphs.length - 1) {
        piece.note = noteOf[i]!;
        if (!marked.has(piece.note)) piece.firstOfNote = true;
        marked.add(piece.note);
      }
      pieces.push(piece);
      at = to;
    });
    plain(bodyEnd);
    const units = bodyEnd < end ? paragraph.slice(bodyEnd - start) : undefined;
    result.push(units ? { pieces, units } : { pieces });
    offset = end + 1;
  });
  return { paragraphs: result, notes };
}
