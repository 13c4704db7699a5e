import { describe, expect, it } from 'vitest';
import {
  columnCoverage,
  planCoverage,
  topicColumnRows,
  topicMatrix,
  topicPage,
  topicPaths,
  topicsPage,
} from './views.ts';
import { measurePath, planPath, withAnchor, ANCHORS } from '#lib/site/paths.ts';
import { coverageIndex } from './gaps.ts';
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

describe('the topics page', () => {
  const page = topicsPage({ library, topics, coverage: coverageIndex(library, topics) });

  it('has a matrix row per topic whose cells link exactly the topic’s measures', () => {
    const matrixRows = page.matrix.table.blocks.flatMap((b) => b.rows);
    expect(matrixRows.map((r) => r.name)).toEqual(rows.map((r) => r.topic.name));
    matrixRows.forEach((row, i) => {
      const linked = row.cells.flatMap((c) => c.measures.map((m) => m.href));
      expect(linked.sort()).toEqual(rows[i]!.topic.measures.map((id) => measurePath(library.measure(id))).sort());
    });
    expect(page.matrix.grouped).toBeNull();
  });

  it('counts each plan’s measures in the coverage table', () => {
    expect(page.coverage.measuresRow.values).toEqual(library.plans.map((p) => p.measures.length));
    expect(page.heatmap.geometry.cells).toHaveLength(rows.length * library.plans.length);
  });
});

describe('a topic page', () => {
  const sharedPassages = new Map();
  const alignment = { parameters: { minRun: 8 } } as unknown as Parameters<typeof topicPage>[0]['alignment'];
  const [first] = topicPaths({ library, topics });

  it('has a path per topic, and a column per plan listing the topic’s measures in it', () => {
    expect(topicPaths({ library, topics })).toHaveLength(rows.length);
    const page = topicPage({ library, alignment, sharedPassages }, first!.props);
    expect(page.columns).toHaveLength(library.plans.length);
    expect(page.columns.flatMap((c) => c.measures.map((m) => m.href))).toEqual(
      first!.props.row.topic.measures.map((id) => measurePath(library.measure(id))),
    );
    const silent = page.columns.filter((c) => c.none !== null).map((c) => c.name);
    for (const name of silent) expect(page.count).toContain(name);
    expect(page.legend.text).toContain('8');
  });

  it('links each plan’s coverage gaps section, with the number of topics only other plans cover', () => {
    const page = topicsPage({ library, topics, coverage: coverageIndex(library, topics) });
    expect(page.gaps.links.map((l) => l.href)).toEqual(
      library.plans.map((p) => withAnchor(planPath(p.slug), ANCHORS.gaps)),
    );
    library.plans.forEach((plan, i) => {
      const missing = topics.topics.filter(
        (t) => t.measures.length > 0 && !t.measures.some((id) => library.measure(id).plan === plan.slug),
      ).length;
      expect(page.gaps.links[i]!.count).toContain(`${missing}`);
      expect(page.gaps.links[i]!.label).toContain(plan.meta.shortName);
    });
  });
});
