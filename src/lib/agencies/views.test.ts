import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { agenciesPage, agencyMeasures, agencyPage, agencyPaths, leadSharesByColumn } from './views.ts';
import { measurePath } from '#lib/site/paths.ts';
import { leadSharesByType } from './agencies.ts';
import { planColumns } from '#lib/plan/columns.ts';

// The real content, so the page data is checked against every unit the editors recorded.
const { library, agencies: registry } = loadContent();
const page = agenciesPage({ library, agencies: registry });

/** Measures of a plan that name a lead unit of the given type, counted here from the mentions. */
function ledByType(plan: string, type: string): number {
  const measures = registry.mentions
    .filter((m) => m.plan === plan && m.role === 'lead' && m.task === undefined)
    .filter((m) => registry.agency(m.agency).type === type)
    .map((m) => m.measure);
  return new Set(measures).size;
}

describe('the agencies page', () => {
  it('names the plans of a unit up to the column limit and counts the rest', () => {
    // A unit named by every plan, as a national regulator would be.
    const everyPlan = library.plans.map((p) => p.slug);
    const wide = { ...registry, agencies: registry.agencies.map((a, i) => (i === 0 ? { ...a, plans: everyPlan } : a)) };
    const named = (p: ReturnType<typeof agenciesPage>) =>
      p.byType.flatMap((g) => g.agencies).find((a) => a.agency.id === registry.agencies[0]!.id)!.planNames;
    const names = library.plans.map((p) => p.meta.shortName);
    expect(named(agenciesPage({ library, agencies: wide }))).toBe(names.join('、'));
    expect(named(agenciesPage({ library, agencies: wide }, 'zh-CN', 2))).toBe(
      `${names.slice(0, 2).join('、')}等 ${names.length} 份方案`,
    );
  });

  it('compares the plans that name lead units and names those that do not', () => {
    const leads = (slug: string) => registry.mentions.some((m) => m.plan === slug && m.role === 'lead' && !m.task);
    expect(page.plans.map((p) => p.slug)).toEqual(library.plans.filter((p) => leads(p.slug)).map((p) => p.slug));
    expect(page.silentNames).toEqual(library.plans.filter((p) => !leads(p.slug)).map((p) => p.meta.shortName));
  });

  it('counts, for every type that leads somewhere, the measures it leads in each plan', () => {
    for (const row of page.typeRows) {
      row.cells.forEach((cell, i) => {
        const count = ledByType(page.plans[i]!.slug, row.type.id);
        expect(cell === '—' ? 0 : Number(cell.split('（')[0])).toBe(count);
      });
      expect(row.cells.some((c) => c !== '—')).toBe(true);
    }
  });

  it('reads every non-empty heat-map cell out in its description', () => {
    for (const cell of page.geometry.cells.filter((c) => c.text !== '')) {
      expect(page.description).toContain(`${registry.type(cell.row).name} ${cell.text}`);
    }
  });

  it('lists every unit once, under its type', () => {
    const listed = page.byType.flatMap((g) => g.agencies.map(({ agency }) => [agency.id, agency.type, g.type.id]));
    expect(listed.map(([id]) => id).sort()).toEqual(registry.agencies.map((a) => a.id).sort());
    for (const [, type, group] of listed) expect(type).toBe(group);
  });
});

describe('a unit page', () => {
  it('lists each measure that names the unit under its role', () => {
    const agency = registry.agency(page.mostNamed[0]!.agency.id);
    const groups = agencyMeasures(library, registry, agency);
    const listed = new Set(groups.flatMap((g) => [...g.lead, ...g.responsible].map((m) => m.id)));
    expect(listed.size).toBe(page.mostNamed[0]!.total);
  });
});

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

describe('a unit page', () => {
  it('lists per plan exactly the measures the unit leads and shares, linked to their pages', () => {
    for (const { props } of agencyPaths({ agencies: registry })) {
      const page = agencyPage({ library, agencies: registry }, props);
      const groups = agencyMeasures(library, registry, props.agency);
      expect(page.groups.map((g) => g.lead.list.items.length)).toEqual(groups.map((g) => g.lead.length));
      expect(page.groups.map((g) => g.responsible.list.items.length)).toEqual(groups.map((g) => g.responsible.length));
      expect(page.groups.flatMap((g) => g.lead.list.items.map((i) => i.href))).toEqual(
        groups.flatMap((g) => g.lead.map((m) => measurePath(m))),
      );
    }
  });
});
