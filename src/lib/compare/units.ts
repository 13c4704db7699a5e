/**
 * The units parenthetical of a link's two measures, compared as lists. Units are compared by role,
 * not by name: two plans' 区财政局 are different bureaus but the same role, and 人行合川中心支行 and
 * 人行永川分行 are both the People's Bank branch (content/agencies.yaml, its `type`). Units whose
 * type says nothing about the role (other, local government, development zone, leading group) are
 * compared by printed name.
 */
import type { AgencyRegistry } from '#lib/agencies/agencies.ts';
import type { Measure } from '#lib/plan/model.ts';
import type { UnitChanges } from './types.ts';

/** Types that name a role shared across plans; any other unit is compared by its printed name. */
const ROLE_TYPES_EXCLUDED = new Set(['other', 'local-government', 'development-zone', 'leading-group']);

export function unitKey(registry: AgencyRegistry, plan: string, printed: string): string {
  const agency = registry.resolve(plan, printed);
  return agency && !ROLE_TYPES_EXCLUDED.has(agency.type) ? `type:${agency.type}` : `name:${printed}`;
}

/** Printed names of `names` whose role is not among `others`', in printed order, each once. */
function missing(
  registry: AgencyRegistry,
  plan: string,
  names: readonly string[],
  otherPlan: string,
  others: readonly string[],
): string[] {
  const keys = new Set(others.map((n) => unitKey(registry, otherPlan, n)));
  return [...new Set(names.filter((n) => !keys.has(unitKey(registry, plan, n))))];
}

export const NO_UNIT_CHANGES: UnitChanges = {
  leadAdded: [],
  leadRemoved: [],
  responsibleAdded: [],
  responsibleRemoved: [],
};

/** Lead and responsible units added and removed from `from` to `to`; nothing when either names no units. */
export function unitChanges(from: Measure, to: Measure, registry: AgencyRegistry): UnitChanges {
  if (!from.units || !to.units) return { ...NO_UNIT_CHANGES };
  return {
    leadAdded: missing(registry, to.plan, to.units.lead, from.plan, from.units.lead),
    leadRemoved: missing(registry, from.plan, from.units.lead, to.plan, to.units.lead),
    responsibleAdded: missing(registry, to.plan, to.units.responsible, from.plan, from.units.responsible),
    responsibleRemoved: missing(registry, from.plan, from.units.responsible, to.plan, to.units.responsible),
  };
}
