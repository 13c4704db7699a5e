/**
 * How pages that compare every plan side by side lay out their columns. Up to PLANS_AS_COLUMNS
 * plans, one column per plan; beyond, one column per province, so that a table or heat map of a
 * hundred plans stays as wide as a table of the provinces they come from. Readers reach each plan
 * from its province's column (and from the plan list on the home page).
 */
import type { Plan } from './model.ts';
import { provinceShortName } from './labels.ts';

export const PLANS_AS_COLUMNS = 12;

export interface PlanColumn {
  /** The plan's slug, or the province's short name. */
  id: string;
  label: string;
  /** The plans counted in this column, in library order. */
  plans: Plan[];
}

/** The comparison columns for these plans (library order; provinces in order of their first plan). */
export function planColumns(plans: readonly Plan[], limit: number = PLANS_AS_COLUMNS): PlanColumn[] {
  if (plans.length <= limit) return plans.map((p) => ({ id: p.slug, label: p.meta.shortName, plans: [p] }));
  return provinceGroups(plans).map(({ province, plans: members }) => ({
    id: province,
    label: `${province}（${members.length} 份）`,
    plans: members,
  }));
}

/** Plans by province (short name), provinces in order of their first plan, plans in library order. */
export function provinceGroups(plans: readonly Plan[]): { province: string; plans: Plan[] }[] {
  const groups = new Map<string, Plan[]>();
  for (const plan of plans) {
    const province = provinceShortName(plan.meta.region);
    const list = groups.get(province);
    if (list) list.push(plan);
    else groups.set(province, [plan]);
  }
  return [...groups].map(([province, list]) => ({ province, plans: list }));
}

/** Whether pages list every plan one by one (true for the five plans of today's library). */
export function plansListedOneByOne(plans: readonly Plan[], limit: number = PLANS_AS_COLUMNS): boolean {
  return plans.length <= limit;
}
