import { describe, expect, it } from 'vitest';
import { annexLeadDifferences, annexRows } from './annex-views.ts';
import { buildSample } from '#tests/fixtures/sample-library.ts';

const library = buildSample();
const plan = library.plans[0]!;
const table = plan.blocks.find((b) => b.kind === 'table')!;
if (table.kind !== 'table') throw new Error('the sample has an annex table');

/** Set equality of the lead lists, computed here from the printed cells and the measure's units. */
const sameLead = (cells: string[], measureLead: readonly string[]) => {
  const annex = new Set(cells[2]!.split('、'));
  return annex.size === new Set(measureLead).size && measureLead.every((u) => annex.has(u));
};

describe('annex rows', () => {
  const rows = annexRows(plan, table);

  it('keep every printed cell and link each task to its measure', () => {
    expect(rows.map((r) => r.cells)).toEqual(table.rows);
    expect(rows.map((r) => r.measure?.id)).toEqual(plan.annexTasks.map((t) => t.measure));
  });

  it('flag a lead that differs in either direction', () => {
    expect(rows.map((r) => r.leadDiffers)).toEqual(rows.map((r) => !sameLead(r.cells, r.measure!.units?.lead ?? [])));
    expect(rows.some((r) => r.leadDiffers)).toBe(true);
  });

  it('are the same tasks the differences table lists', () => {
    const { differing, measuresBrokenDown } = annexLeadDifferences(plan);
    expect(differing.map((d) => d.task.number)).toEqual(rows.filter((r) => r.leadDiffers).map((r) => r.number));
    expect(measuresBrokenDown).toBe(new Set(rows.map((r) => r.measure!.id)).size);
  });
});
