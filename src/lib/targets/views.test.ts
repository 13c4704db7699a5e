import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { comparableMetrics } from './targets.ts';
import { targetsPage } from './views.ts';

// The real content: the page data must cover every target the editors recorded.
const { library, targets: table } = loadContent();
const page = targetsPage({ library, targets: table });

describe('the targets page', () => {
  it('puts every target in exactly one cell of its metric and plan, a column per plan in a small library', () => {
    expect(page.columns.map((c) => c.id)).toEqual(library.plans.map((p) => p.slug));
    const placed = page.rows.flatMap((row, r) =>
      row.cells.flatMap((cell, p) => cell.map(({ target }) => [target, table.metrics[r]!.id, library.plans[p]!.slug])),
    );
    expect(placed).toHaveLength(table.targets.length);
    for (const [target, metric, plan] of placed as [{ metric: string; plan: string }, string, string][]) {
      expect([target.metric, target.plan]).toEqual([metric, plan]);
    }
  });

  it('beyond the column limit, has a column per province whose figures name their plan', () => {
    const grouped = targetsPage({ library, targets: table }, 'zh-CN', 2);
    const provinces = [...new Set(library.plans.map((p) => p.meta.region.province))];
    expect(grouped.columns).toHaveLength(provinces.length);
    const placed = grouped.rows.flatMap((row) => row.cells.flat());
    expect(placed).toHaveLength(table.targets.length);
    for (const { target, planName } of placed) expect(planName).toBe(library.plan(target.plan).meta.shortName);
  });

  it('links each note from its cell to the same anchor the note carries', () => {
    const fromCells = page.rows.flatMap((r) => r.cells.flat()).flatMap((c) => (c.noteAnchor ? [c.noteAnchor] : []));
    expect(fromCells.sort()).toEqual(page.notes.map((n) => n.anchor).sort());
    expect(page.notes).toHaveLength(table.targets.filter((t) => t.note !== null).length);
    expect(new Set(fromCells).size).toBe(fromCells.length);
  });

  it('draws one chart per comparable metric, describing every bar in words', () => {
    expect(page.charts.map((c) => c.metric.id)).toEqual(comparableMetrics(table).map((m) => m.id));
    for (const chart of page.charts) {
      for (const bar of chart.geometry.bars) expect(chart.described).toContain(`${bar.label}：${bar.text}`);
    }
  });
});
