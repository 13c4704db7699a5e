import { describe, expect, it } from 'vitest';
import { columnCoverage, planCoverage, topicColumnRows, topicMatrix } from './views.ts';
import { planColumns } from '#lib/plan/columns.ts';
import { loadContent } from '#lib/build/load.ts';

const library = loadContent().library;
const topics = loadContent().topics;
const rows = topicMatrix(library, topics).flatMap((b) => b.rows);

describe('topic matrix', () => {
  it("puts each measure of a topic in its own plan's cell", () => {
    for (const row of rows) {
      expect(row.cells.flatMap((c) => c.measures.map((m) => m.id))).toEqual(row.topic.measures);
      for (const cell of row.cells) for (const m of cell.measures) expect(m.plan).toBe(cell.plan.slug);
    }
  });

  it('gathers cells into province columns without losing or repeating a measure', () => {
    const columns = planColumns(library.plans, 1);
    for (const row of rows) {
      const cells = topicColumnRows(row, columns);
      expect(cells.flatMap((c) => c.measures.map((m) => m.id)).sort()).toEqual([...row.topic.measures].sort());
      for (const cell of cells) {
        expect(cell.plans).toBe(new Set(cell.measures.map((m) => m.plan)).size);
      }
    }
  });
});

describe('coverage', () => {
  it('per plan column equals the per-plan coverage; per province it adds up', () => {
    const perPlan = planCoverage(library, topics);
    const single = columnCoverage(perPlan, planColumns(library.plans), topics);
    expect(single.map((c) => [c.topics, c.byCategory, c.measures])).toEqual(
      perPlan.map((p) => [p.topics, p.byCategory, p.plan.measures.length]),
    );
    for (const column of columnCoverage(perPlan, planColumns(library.plans, 1), topics)) {
      const own = perPlan.filter((p) => column.column.plans.includes(p.plan));
      expect(column.measures).toBe(own.reduce((sum, p) => sum + p.plan.measures.length, 0));
      const spoken = topics.topics.filter((t) =>
        t.measures.some((id) => column.column.plans.some((p) => id.startsWith(`${p.slug}/`))),
      );
      expect(column.topics).toBe(spoken.length);
    }
  });
});
