/**
 * The redline of a link: the later substance against the earlier, as operations on the printed
 * texts. The diff is the library's (on normalised tokens, see tokens.ts); here it is only mapped
 * back to print: inside an equal stretch, tokens printed alike are `equal` and tokens printed
 * differently (a name of the equivalents table, or a full/half-width form) are `substitute`.
 */
import { DIFF_DELETE, DIFF_EQUAL, type Diff } from 'diff-match-patch-es';
import type { Token } from './tokens.ts';
import type { NameSubstitution, RedlineOp } from './types.ts';

function push(ops: RedlineOp[], op: RedlineOp): void {
  const last = ops.at(-1);
  if (last && last.op === op.op) {
    if (last.op === 'substitute' && op.op === 'substitute') {
      last.from += op.from;
      last.to += op.to;
      return;
    }
    if (last.op !== 'substitute' && op.op !== 'substitute') {
      last.text += op.text;
      return;
    }
  }
  ops.push(op);
}

/** Maps a diff of normalised strings back onto the printed tokens of both texts. */
export function redlineOf(diffs: readonly Diff[], from: readonly Token[], to: readonly Token[]): RedlineOp[] {
  const ops: RedlineOp[] = [];
  let i = 0;
  let j = 0;
  for (const [op, text] of diffs) {
    for (let k = 0; k < text.length; k++) {
      if (op === DIFF_EQUAL) {
        const a = from[i++]!.text;
        const b = to[j++]!.text;
        push(ops, a === b ? { op: 'equal', text: a } : { op: 'substitute', from: a, to: b });
      } else if (op === DIFF_DELETE) push(ops, { op: 'delete', text: from[i++]!.text });
      else push(ops, { op: 'insert', text: to[j++]!.text });
    }
  }
  return ops;
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
    else if (op.op === 'substitute') {
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
