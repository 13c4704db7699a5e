/** Editorial Chinese wording for the plan facts the site shows. */
import type { PlanFrontmatter, PlanLevel } from './schema.ts';
import type { Measure, Plan } from './model.ts';

export const LEVEL_NAMES: Readonly<Record<PlanLevel, string>> = {
  'municipal-master-plan': '直辖市总体方案',
  'district-plan': '区县实施方案',
  'prefecture-city-plan': '地级市方案',
};

/** 重庆市潼南区, 四川省攀枝花市, 重庆市. */
export function regionName(region: PlanFrontmatter['region']): string {
  return [region.province, region.city, region.district].filter(Boolean).join('');
}

/** The province-level unit, used to group plans: 重庆 or 四川. */
export function provinceShortName(region: PlanFrontmatter['region']): string {
  return region.province.replace(/(省|市|自治区)$/, '');
}

/** 2023-03-30 → 2023年3月30日 */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export function publicationText(publication: PlanFrontmatter['publication']): string {
  return publication === 'none' ? '原文未标注公开属性' : `原文标注“${publication}”`;
}

/** How a measure is named inside its plan: 第9条 in sequentially numbered plans, its outline place (三（一）2) otherwise. */
export function measureDesignation(plan: Plan, measure: Measure): string {
  return plan.meta.measureNumbering === 'sequential' ? `第${measure.number}条` : measure.place;
}

/** Documents the district plans cite that are not in the library, once per document number. */
export function uncollectedBasis(library: { plans: readonly Plan[] }): PlanFrontmatter['basis'] {
  return [
    ...new Map(
      library.plans
        .filter((p) => p.meta.level === 'district-plan')
        .flatMap((p) => p.meta.basis.filter((b) => !b.plan).map((b) => [b.documentNumber ?? b.cited, b] as const)),
    ).values(),
  ];
}
