import { describe, expect, it } from 'vitest';
import { planColumns, provinceGroups, PLANS_AS_COLUMNS } from './columns.ts';
import { provinceShortName } from './labels.ts';
import { loadContent } from '#lib/build/load.ts';

const { plans } = loadContent().library;

describe('comparison columns', () => {
  it('gives each plan of the real library its own column, in library order', () => {
    expect(plans.length).toBeLessThanOrEqual(PLANS_AS_COLUMNS);
    expect(planColumns(plans).map((c) => c.plans.map((p) => p.slug))).toEqual(plans.map((p) => [p.slug]));
    expect(planColumns(plans).map((c) => c.label)).toEqual(plans.map((p) => p.meta.shortName));
  });

  it('past the limit, gives one column per province holding each plan exactly once', () => {
    const columns = planColumns(plans, 2);
    const provinces = [...new Set(plans.map((p) => provinceShortName(p.meta.region)))];
    expect(columns.map((c) => c.id)).toEqual(provinces);
    expect(
      columns
        .flatMap((c) => c.plans)
        .map((p) => p.slug)
        .sort(),
    ).toEqual(plans.map((p) => p.slug).sort());
    for (const column of columns) {
      for (const plan of column.plans) expect(provinceShortName(plan.meta.region)).toBe(column.id);
      expect(column.label).toContain(`${column.plans.length} 份`);
    }
  });

  it('groups plans by province in library order', () => {
    const groups = provinceGroups(plans);
    expect(groups.flatMap((g) => g.plans)).toHaveLength(plans.length);
    for (const g of groups) {
      const order = g.plans.map((p) => plans.indexOf(p));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});
