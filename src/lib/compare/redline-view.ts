/**
 * How a redline is shown on a pair page. The data (Counterparts.links[].redline) keeps every
 * word-level edit; the page groups edits that only a short stretch of equal words separates into
 * one deletion and one insertion, as diff-match-patch's semantic cleanup does: "<del>国家</del>
 * <ins>山地特色</ins>农业<del>科技园</del><ins>发展</ins>" reads, and weighs, as one change. Applying the
 * grouped ops to the earlier text still gives the later text exactly, and every edit still starts
 * and ends where an edit of the data does, so no edit cuts through a word.
 */
import type { RedlineOp } from './types.ts';

type Edit = Extract<RedlineOp, { op: 'insert' | 'delete' }>;
const isEdit = (op: RedlineOp): op is Edit => op.op === 'insert' || op.op === 'delete';
/** Ops a group can swallow: printed alike on both sides (a width or white-space form counts as alike). */
const isAlike = (op: RedlineOp) => op.op === 'equal' || op.op === 'form';
const earlierText = (op: RedlineOp) =>
  op.op === 'equal' || op.op === 'delete' ? op.text : op.op === 'insert' ? '' : op.from;
const laterText = (op: RedlineOp) =>
  op.op === 'equal' || op.op === 'insert' ? op.text : op.op === 'delete' ? '' : op.to;

/** The longer side (deleted or inserted characters) of a run of edits. */
function weight(edits: readonly RedlineOp[]): number {
  let deleted = 0;
  let inserted = 0;
  for (const op of edits) {
    if (op.op === 'delete') deleted += op.text.length;
    if (op.op === 'insert') inserted += op.text.length;
  }
  return Math.max(deleted, inserted);
}

/**
 * The redline grouped for display. The rule is diff-match-patch's (diff_cleanupSemantic's first
 * pass): a stretch printed alike between two runs of edits joins them when it is no longer than
 * the longer side of the edits on either side of it. Written here rather than calling the library
 * because the library's function also slides edits to English word boundaries and splits
 * overlaps, which would cut Chinese words; this only merges, so edits keep the data's boundaries.
 * A name substitution (boxed) is never swallowed.
 */
export function groupedRedline(ops: readonly RedlineOp[]): RedlineOp[] {
  const out: RedlineOp[] = ops.map((op) => ({ ...op }));
  for (let i = 1; i < out.length - 1; i++) {
    if (!isAlike(out[i]!)) continue;
    let start = i;
    while (start > 0 && isEdit(out[start - 1]!)) start--;
    let end = i + 1;
    while (end < out.length && isEdit(out[end]!)) end++;
    if (start === i || end === i + 1) continue;
    const length = earlierText(out[i]!).length;
    if (length > weight(out.slice(start, i)) || length > weight(out.slice(i + 1, end))) continue;
    const run = out.slice(start, end);
    const deleted = run.map(earlierText).join('');
    const inserted = run.map(laterText).join('');
    const merged: RedlineOp[] = [
      ...(deleted ? [{ op: 'delete', text: deleted } as const] : []),
      ...(inserted ? [{ op: 'insert', text: inserted } as const] : []),
    ];
    out.splice(start, end - start, ...merged);
    // The merged run may now join the run before it: look again at the stretch before it.
    i = Math.max(0, start - 2);
  }
  return out;
}
