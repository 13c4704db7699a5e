/**
 * The redline as the pair page shows it: edits a short unchanged stretch separates are grouped,
 * the later text is still rebuilt exactly, and every shown edit starts and ends where an edit of
 * the data does (so none cuts through a word the data keeps whole).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { computeCounterparts } from './counterparts.ts';
import { applyRedline } from './redline.ts';
import { groupedRedline } from './redline-view.ts';
import type { RedlineOp } from './types.ts';

/** The offsets (earlier text, later text) where each edit of a redline starts and ends. */
function editEdges(ops: readonly RedlineOp[]): Set<string> {
  const edges = new Set<string>();
  let a = 0;
  let b = 0;
  for (const op of ops) {
    const edit = op.op === 'insert' || op.op === 'delete' || op.op === 'substitute';
    if (edit) edges.add(`${a} ${b}`);
    a += op.op === 'equal' || op.op === 'delete' ? op.text.length : op.op === 'insert' ? 0 : op.from.length;
    b += op.op === 'equal' || op.op === 'insert' ? op.text.length : op.op === 'delete' ? 0 : op.to.length;
    if (edit) edges.add(`${a} ${b}`);
  }
  return edges;
}

/** The offsets between any two ops of a redline: where the data allows an edit to start or end. */
function opEdges(ops: readonly RedlineOp[]): { earlier: Set<number>; later: Set<number> } {
  const earlier = new Set([0]);
  const later = new Set([0]);
  let a = 0;
  let b = 0;
  for (const op of ops) {
    a += op.op === 'equal' || op.op === 'delete' ? op.text.length : op.op === 'insert' ? 0 : op.from.length;
    b += op.op === 'equal' || op.op === 'insert' ? op.text.length : op.op === 'delete' ? 0 : op.to.length;
    earlier.add(a);
    later.add(b);
  }
  return { earlier, later };
}

describe('the redline as shown', () => {
  it('groups edits a stretch shorter than the edits around it separates, and keeps longer stretches', () => {
    const ops: RedlineOp[] = [
      { op: 'equal', text: '引导金融支持循环农业、' },
      { op: 'delete', text: '国家' },
      { op: 'insert', text: '山地特色' },
      { op: 'equal', text: '农业' },
      { op: 'delete', text: '科技园' },
      { op: 'insert', text: '发展' },
      { op: 'equal', text: '、产业强镇、产业集群建设' },
      { op: 'insert', text: '等' },
    ];
    expect(groupedRedline(ops)).toEqual([
      { op: 'equal', text: '引导金融支持循环农业、' },
      { op: 'delete', text: '国家农业科技园' },
      { op: 'insert', text: '山地特色农业发展' },
      { op: 'equal', text: '、产业强镇、产业集群建设' },
      { op: 'insert', text: '等' },
    ]);
    // A boxed name substitution is never swallowed.
    const named: RedlineOp[] = [
      { op: 'delete', text: '持续擦亮' },
      { op: 'substitute', from: '潼南', to: '荣昌' },
      { op: 'delete', text: '农业金字招牌' },
    ];
    expect(groupedRedline(named)).toEqual(named);
  });

  it('on every link of the five plans, rebuilds the later text and puts edits only where the data has op boundaries', () => {
    const { library, agencies, names, scale, targets } = loadContent();
    const { counterparts } = computeCounterparts(library, { agencies, names, scale, targets });
    let fewer = 0;
    for (const link of counterparts.links) {
      const earlier = library.measure(link.from).substance;
      const shown = groupedRedline(link.redline);
      expect(applyRedline(earlier, shown), `${link.from} → ${link.to}`).toBe(applyRedline(earlier, link.redline));
      const { earlier: a, later: b } = opEdges(link.redline);
      for (const edge of editEdges(shown)) {
        const [x, y] = edge.split(' ').map(Number) as [number, number];
        expect(a.has(x) && b.has(y), `${link.from} → ${link.to} at ${edge}`).toBe(true);
      }
      if (shown.length < link.redline.length) fewer++;
    }
    expect(fewer).toBeGreaterThan(0);
    // Computing the counterparts of the five plans takes a few seconds.
  }, 30_000);
});
