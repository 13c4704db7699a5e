/**
 * Aligns two measures' normalised texts: a character diff (diff-match-patch, cleaned up so that
 * edits fall on whole words and phrases, see diffTexts), then local alignment over the diff in
 * the manner of the Legislative Influence Detector's Smith-Waterman scoring: walking the diff,
 * each equal informative character scores +1 and each inserted or deleted character costs
 * `gapCost`; stretches whose score climbs to at least `minSegmentScore` are aligned. Equal
 * characters that only boilerplate n-grams cover (套话 found in many measures) score nothing, so
 * they can neither make a link nor break one. A second pass diffs what the first left unaligned
 * on both sides, which finds clauses that were moved rather than rewritten.
 *
 * The Kadane-style scan is hand-written: it is a dozen lines over the library's diff, and no
 * well-kept package offers local alignment over an existing diff.
 */
import {
  DIFF_DELETE,
  DIFF_EQUAL,
  DIFF_INSERT,
  diffCleanupEfficiency,
  diffCleanupSemanticLossless,
  diffMain,
  type Diff,
} from 'diff-match-patch-es';

export interface AlignParameters {
  /** Length of the character n-grams that decide what is boilerplate and what is informative. */
  gram: number;
  /** Score a stretch must reach to count as aligned (≈ informative characters net of gaps). */
  minSegmentScore: number;
  /** What one inserted or deleted character costs inside a stretch. */
  gapCost: number;
}

export interface PairAlignment {
  /** Per normalised character of the earlier text: aligned with the later text. */
  fromMask: boolean[];
  /** Per normalised character of the later text: aligned with the earlier text. */
  toMask: boolean[];
  /** Positions in the earlier text of aligned characters that are informative (not boilerplate). */
  informative: Set<number>;
}

/**
 * The library's character diff, without a time limit (our texts are short, and output must not
 * depend on machine speed), cleaned up for people: coincidental equalities shorter than `editCost`
 * characters between edits (的, 绿色) are folded into the edits, and edit boundaries slide to word
 * and punctuation boundaries. The library's full semantic cleanup is not used: it also folds a
 * shared sentence into the edits when longer rewrites surround it, which is exactly what a partial
 * link is made of.
 */
export function diffTexts(a: string, b: string, editCost: number = DIFF_EDIT_COST): Diff[] {
  const diffs = diffMain(a, b, { diffTimeout: 0 }, false);
  diffCleanupEfficiency(diffs, { diffEditCost: editCost });
  diffCleanupSemanticLossless(diffs);
  return diffs;
}

/** See diffTexts: equalities shorter than this between edits are noise. */
export const DIFF_EDIT_COST = 4;

/** Joins the leftover pieces in the second pass; never in plan text. */
const SEPARATOR = '\u0000';

interface Step {
  /** Position in the earlier text (or -1 for an insertion). */
  a: number;
  /** Position in the later text (or -1 for a deletion). */
  b: number;
  gain: number;
  informative: boolean;
}

/** Which characters of `text` in [start, end) are covered by a non-boilerplate n-gram lying wholly inside that range. */
function markInformative(
  text: string,
  start: number,
  end: number,
  boilerplate: ReadonlySet<string>,
  n: number,
  into: boolean[],
) {
  for (let q = start; q + n <= end; q++) {
    const gram = text.slice(q, q + n);
    if (boilerplate.has(gram) || gram.includes(SEPARATOR)) continue;
    for (let p = q; p < q + n; p++) into[p] = true;
  }
}

function stepsOf(diffs: readonly Diff[], a: string, boilerplate: ReadonlySet<string>, p: AlignParameters): Step[] {
  const informative: boolean[] = [];
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const [op, text] of diffs) {
    if (op === DIFF_EQUAL) {
      markInformative(a, i, i + text.length, boilerplate, p.gram, informative);
      for (let k = 0; k < text.length; k++) {
        const inf = informative[i + k] === true;
        steps.push({ a: i + k, b: j + k, gain: inf ? 1 : 0, informative: inf });
      }
      i += text.length;
      j += text.length;
    } else if (op === DIFF_DELETE) {
      for (let k = 0; k < text.length; k++) steps.push({ a: i + k, b: -1, gain: -p.gapCost, informative: false });
      i += text.length;
    } else if (op === DIFF_INSERT) {
      for (let k = 0; k < text.length; k++) steps.push({ a: -1, b: j + k, gain: -p.gapCost, informative: false });
      j += text.length;
    }
  }
  return steps;
}

/** Local alignment over the steps of a diff: marks the equal steps of every stretch scoring ≥ minSegmentScore. */
function localStretches(steps: Step[], p: AlignParameters, onAligned: (step: Step) => void): void {
  let score = 0;
  let start = 0;
  let best = 0;
  let bestEnd = -1;
  const close = () => {
    if (best >= p.minSegmentScore) {
      for (let k = start; k <= bestEnd; k++) if (steps[k]!.a >= 0 && steps[k]!.b >= 0) onAligned(steps[k]!);
    }
  };
  steps.forEach((step, k) => {
    score += step.gain;
    if (score <= 0) {
      close();
      score = 0;
      best = 0;
      bestEnd = -1;
      start = k + 1;
    } else if (score > best) {
      best = score;
      bestEnd = k;
    }
  });
  close();
}

/** Clause ranges [start, end) of a text: each ends after ，。；：！？ (or at the end of the text). */
export function clauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    if (CLAUSE_END.has(text[k]!)) {
      out.push([start, k + 1]);
      start = k + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

const CLAUSE_END = new Set(['，', '。', '；', '：', '！', '？']);

/** A normalised text with its clauses and their informative n-grams, computed once per measure. */
export interface PreparedText {
  text: string;
  clauses: { start: number; end: number; grams: Set<string> }[];
  /** For each informative n-gram, the clauses (indices) that contain it. */
  clausesWith: Map<string, number[]>;
  /** Each clause's text, to its first index: a clause found verbatim needs no diff. */
  clauseAt: Map<string, number>;
}

export function prepareText(text: string, boilerplate: ReadonlySet<string>, gram: number): PreparedText {
  const clausesWith = new Map<string, number[]>();
  const list = clauses(text).map(([start, end], index) => {
    const grams = new Set<string>();
    for (let q = start; q + gram <= end; q++) {
      const g = text.slice(q, q + gram);
      if (boilerplate.has(g) || grams.has(g)) continue;
      grams.add(g);
      const where = clausesWith.get(g);
      if (where) where.push(index);
      else clausesWith.set(g, [index]);
    }
    return { start, end, grams };
  });
  const clauseAt = new Map<string, number>();
  list.forEach((c, index) => {
    const t = text.slice(c.start, c.end);
    if (!clauseAt.has(t)) clauseAt.set(t, index);
  });
  return { text, clauses: list, clausesWith, clauseAt };
}

/**
 * Aligns earlier text `a` with later text `b`: every pair of clauses that shares an informative
 * n-gram is diffed and scored. For links, addWholeStretches then adds what the diff of the whole
 * measures (the redline's) finds; a character counts as aligned when either finds it.
 * The clause pass lets a clause moved to another place in the measure align, which one
 * order-preserving diff cannot see (潼南 22 and 荣昌 19 cross two shared passages); the whole pass
 * keeps stretches that run across clause marks whole. Scoring clause pairs first keeps the cost
 * low: they are short, and only pairs that share an n-gram are diffed.
 */
export function alignTexts(
  a: PreparedText,
  b: PreparedText,
  boilerplate: ReadonlySet<string>,
  p: AlignParameters,
): PairAlignment {
  const alignment: PairAlignment = {
    fromMask: Array.from({ length: a.text.length }, () => false),
    toMask: Array.from({ length: b.text.length }, () => false),
    informative: new Set<number>(),
  };
  const mark = markInto(alignment);
  const partner = new Uint8Array(b.clauses.length);
  for (const ca of a.clauses) {
    const textA = a.text.slice(ca.start, ca.end);
    const same = b.clauseAt.get(textA);
    if (same !== undefined) {
      // The clause stands verbatim in the other text: aligned as it is, without diffing it against
      // every clause it shares an n-gram with (what keeps near-copies cheap).
      localStretches(stepsOf([[DIFF_EQUAL, textA]], textA, boilerplate, p), p, mark(ca.start, b.clauses[same]!.start));
      continue;
    }
    partner.fill(0);
    for (const g of ca.grams) for (const k of b.clausesWith.get(g) ?? []) partner[k] = 1;
    for (let k = 0; k < partner.length; k++) {
      if (!partner[k]) continue;
      const cb = b.clauses[k]!;
      const textB = b.text.slice(cb.start, cb.end);
      localStretches(stepsOf(diffTexts(textA, textB), textA, boilerplate, p), p, mark(ca.start, cb.start));
    }
  }
  return alignment;
}

function markInto({ fromMask, toMask, informative }: PairAlignment) {
  return (offsetA: number, offsetB: number) => (step: Step) => {
    fromMask[offsetA + step.a] = true;
    toMask[offsetB + step.b] = true;
    if (step.informative) informative.add(offsetA + step.a);
  };
}

/** Adds to `alignment` the stretches that the diff of the whole measures finds (see alignTexts). */
export function addWholeStretches(
  alignment: PairAlignment,
  whole: readonly Diff[],
  a: string,
  boilerplate: ReadonlySet<string>,
  p: AlignParameters,
): void {
  localStretches(stepsOf(whole, a, boilerplate, p), p, markInto(alignment)(0, 0));
}
