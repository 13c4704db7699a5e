import { describe, expect, it } from 'vitest';
import { agencyMeasures, leadSharesByColumn } from './views.ts';
import { leadSharesByType } from './agencies.ts';
import { planColumns } from '#lib/plan/columns.ts';
import { loadAgencies, loadLibrary } from '#lib/content/load.ts';

const library = loadLibrary();
const registry = loadAgencies(library);
const byPlan = leadSharesByType(library, registry);

describe('lead shares by column', () => {
  it('equals the per-plan shares when every plan has its own column', () => {
    const columns = leadSharesByColumn(byPlan, planColumns(library.plans));
    expect(columns.map((c) => ({ plan: c.column.id, withLead: c.withLead, types: c.types }))).toEqual(byPlan);
  });

  it('adds up the plans of a province and recomputes the share', () => {
    const columns = leadSharesByColumn(byPlan, planColumns(library.plans, 1));
    for (const column of columns) {
      const own = byPlan.filter((s) => column.column.plans.some((p) => p.slug === s.plan));
      expect(column.withLead).toBe(own.reduce((sum, s) => sum + s.withLead, 0));
      column.types.forEach((t, i) => {
        const measures = own.reduce((sum, s) => sum + s.types[i]!.measures, 0);
        expect(t.measures).toBe(measures);
        if (column.withLead > 0) expect(t.share).toBeCloseTo(measures / column.withLead, 3);
      });
    }
  });
});

describe('agency measures', () => {
  it('lists, per plan, exactly the measures whose units name the agency', () => {
    for (const agency of registry.agencies.slice(0, 20)) {
      const listed = agencyMeasures(library, registry, agency).flatMap((g) => [...g.lead, ...g.responsible]);
      const expected = registry.mentions
        .filter((m) => m.agency === agency.id && m.task === undefined)
        .map((m) => m.measure);
      expect(new Set(listed.map((m) => m.id))).toEqual(new Set(expected));
    }
  });
});
