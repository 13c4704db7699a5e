/**
 * The redline of a link: the later substance against the earlier, as operations on the printed
 * texts, word by word. Both texts are cut into words by the platform's Chinese word segmenter
 * (Intl.Segmenter; a name of the equivalents table is always one word), each word becomes one
 * character, and the library diffs those: so an edit never cuts through a word (区绿[色]金[融]).
 * Mapped back to print, inside an equal stretch tokens printed alike are `equal`, a name standing
 * for its equivalent is a `substitute`, and a token printed in another width or with other white
 * space (, → ，, 将 → 将) is a `form`: counted in the data, shown as plain text.
 */
import { DIFF_DELETE, DIFF_EQUAL, diffCleanupSemanticLossless, diffMain, type Diff } from 'diff-match-patch-es';
import type { Token } from './tokens.ts';
import type { NameSubstitution, RedlineOp } from './types.ts';

function push(ops: RedlineOp[], op: RedlineOp): void {
  const last = ops.at(-1);
  if (last && last.op === op.op) {
    if ('from' in last && 'from' in op) {
      last.from += op.from;
      last.to += op.to;
      return;
    }
    if ('text' in last && 'text' in op) {
      last.text += op.text;
      return;
    }
  }
  ops.push(op);
}

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/** Each token sequence's words, cut once: a measure's tokens take part in many candidate links. */
const WORDS = new WeakMap<readonly Token[], readonly (readonly [number, number])[]>();

/**
 * The words of a token sequence as [start, end) token ranges: the segmenter's words of the
 * normalised text between names, and each name alone.
 */
export function wordsOf(tokens: readonly Token[]): readonly (readonly [number, number])[] {
  let words = WORDS.get(tokens);
  if (!words) WORDS.set(tokens, (words = cutIntoWords(tokens)));
  return words;
}

function cutIntoWords(tokens: readonly Token[]): [number, number][] {
  const words: [number, number][] = [];
  let start = 0;
  const segmentRun = (end: number) => {
    if (start >= end) return;
    // One normalised character per token except for the rare astral character: the token each
    // UTF-16 offset of the run's text belongs to.
    const owner: number[] = [];
    let text = '';
    for (let k = start; k < end; k++) {
      const norm = tokens[k]!.norm;
      for (let c = 0; c < norm.length; c++) owner.push(k);
      text += norm;
    }
    for (const { index, segment } of SEGMENTER.segment(text))
      words.push([owner[index]!, owner[index + segment.length - 1]! + 1]);
  };
  tokens.forEach((token, k) => {
    if (!token.classId) return;
    segmentRun(k);
    words.push([k, k + 1]);
    start = k + 1;
  });
  segmentRun(tokens.length);
  return words;
}

/** The redline of the later tokens against the earlier, word by word (see the top of the file). */
export function redlineOf(from: readonly Token[], to: readonly Token[]): RedlineOp[] {
  const fromWords = wordsOf(from);
  const toWords = wordsOf(to);
  // Each distinct word (by its normalised form) becomes one character for the diff.
  const codes = new Map<string, string>();
  const encode = (tokens: readonly Token[], words: readonly (readonly [number, number])[]) =>
    words
      .map(([s, e]) => {
        const key = tokens
          .slice(s, e)
          .map((t) => t.norm)
          .join('');
        let code = codes.get(key);
        if (code === undefined) codes.set(key, (code = String.fromCharCode(0x100 + codes.size)));
        return code;
      })
      .join('');
  const diffs = diffMain(encode(from, fromWords), encode(to, toWords), { diffTimeout: 0 }, false);
  diffCleanupSemanticLossless(diffs);
  const ops: RedlineOp[] = [];
  let w = 0;
  let v = 0;
  for (const [op, text] of diffs) {
    for (let k = 0; k < text.length; k++) {
      if (op === DIFF_EQUAL) {
        const [fs, fe] = fromWords[w++]!;
        const [ts] = toWords[v++]!;
        for (let t = 0; t < fe - fs; t++) {
          const a = from[fs + t]!;
          const b = to[ts + t]!;
          if (a.text === b.text) push(ops, { op: 'equal', text: a.text });
          else if (a.classId && a.text.trim() !== b.text.trim())
            push(ops, { op: 'substitute', from: a.text, to: b.text });
          else push(ops, { op: 'form', from: a.text, to: b.text });
        }
      } else if (op === DIFF_DELETE) {
        const [fs, fe] = fromWords[w++]!;
        push(ops, {
          op: 'delete',
          text: from
            .slice(fs, fe)
            .map((t) => t.text)
            .join(''),
        });
      } else {
        const [ts, te] = toWords[v++]!;
        push(ops, {
          op: 'insert',
          text: to
            .slice(ts, te)
            .map((t) => t.text)
            .join(''),
        });
      }
    }
  }
  return ops;
}

/** Whether a redline keeps the same text apart from names and width or white-space forms. */
export function sameTextApartFromNames(ops: readonly RedlineOp[]): boolean {
  return ops.every((op) => op.op === 'equal' || op.op === 'substitute' || op.op === 'form');
}

/**
 * Applies a redline to the earlier text and returns the later one. Throws if an `equal`, `delete`
 * or `substitute` does not find its text where it should: the redline does not belong to `from`.
 */
export function applyRedline(from: string, ops: readonly RedlineOp[]): string {
  let at = 0;
  let out = '';
  const expect = (text: string) => {
    if (!from.startsWith(text, at))
      throw new Error(
        `redline expects ${JSON.stringify(text)} at ${at}, found ${JSON.stringify(from.slice(at, at + text.length))}`,
      );
    at += text.length;
  };
  for (const op of ops) {
    if (op.op === 'equal') {
      expect(op.text);
      out += op.text;
    } else if (op.op === 'delete') expect(op.text);
    else if (op.op === 'insert') out += op.text;
    else if (op.op === 'substitute' || op.op === 'form') {
      expect(op.from);
      out += op.to;
    }
  }
  if (at !== from.length) throw new Error(`redline stops at ${at} of ${from.length} characters`);
  return out;
}

/**
 * The name substitutions a diff implies: pairs of names of one class standing in each other's
 * place inside equal stretches; each pair once, sorted.
 */
export function substitutionsOf(
  diffs: readonly Diff[],
  from: readonly Token[],
  to: readonly Token[],
): NameSubstitution[] {
  const seen = new Map<string, NameSubstitution>();
  let i = 0;
  let j = 0;
  for (const [op, text] of diffs) {
    if (op === DIFF_EQUAL) {
      for (let k = 0; k < text.length; k++) {
        const a = from[i + k]!;
        const b = to[j + k]!;
        if (a.classId && b.classId && a.text.trim() !== b.text.trim()) {
          const s = { from: a.text.trim(), to: b.text.trim() };
          seen.set(`${s.from}\u0000${s.to}`, s);
        }
      }
      i += text.length;
      j += text.length;
    } else if (op === DIFF_DELETE) i += text.length;
    else j += text.length;
  }
  return [...seen.values()].sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to));
}
