/** Editorial wording for the plan facts the site shows, in each edition's language. */
import { message, type Locale } from '#lib/i18n/catalogue.ts';
import type { PlanFrontmatter, PlanLevel } from './schema.ts';
import type { Measure, Plan } from './model.ts';

export const LEVEL_NAMES: Readonly<Record<PlanLevel, string>> = {
  'municipal-master-plan': '直辖市总体方案',
  'district-plan': '区县实施方案',
  'prefecture-city-plan': '地级市方案',
};

/** The levels in English (editorial). */
export const LEVEL_NAMES_EN: Readonly<Record<PlanLevel, string>> = {
  'municipal-master-plan': 'Master plan of a municipality',
  'district-plan': 'District implementation plan',
  'prefecture-city-plan': 'Plan of a prefecture-level city',
};

/** A plan level's name in the edition of `locale`. */
export function levelName(level: PlanLevel, locale: Locale = 'zh-CN'): string {
  return (locale === 'en' ? LEVEL_NAMES_EN : LEVEL_NAMES)[level];
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

const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 2023-03-30 → 30 March 2023 */
export function englishDate(iso: string): string {
  return ENGLISH_DATE.format(new Date(`${iso}T00:00:00Z`));
}

/** A date of the plans (ISO) as the edition of `locale` writes it. */
export function dateText(iso: string, locale: Locale = 'zh-CN'): string {
  return locale === 'en' ? englishDate(iso) : chineseDate(iso);
}

/** The publication markings in English (editorial; the translation's wording). */
const PUBLICATION_EN: Readonly<Record<Exclude<PlanFrontmatter['publication'], 'none'>, string>> = {
  此件公开发布: 'This document is published openly',
  此件不公开发布: 'This document is not for public release',
};

export function publicationText(publication: PlanFrontmatter['publication'], locale: Locale = 'zh-CN'): string {
  if (locale === 'en')
    return publication === 'none'
      ? 'No publication marking in the original'
      : `Marked in the original: “${PUBLICATION_EN[publication]}”`;
  return publication === 'none' ? '原文未标注公开属性' : `原文标注“${publication}”`;
}

/** How a measure is named inside its plan: 第9条 in sequentially numbered plans, its outline place (三（一）2) otherwise. */
export function measureDesignation(plan: Plan, measure: Measure): string {
  return plan.meta.measureNumbering === 'sequential' ? `第${measure.number}条` : measure.place;
}

/**
 * A measure's name inside its plan in the edition of `locale`: 第9条 or 三（一）2 on Chinese pages;
 * "Measure 9" or "Measure 3.1.2" on English pages (the site's own numbering, as in its URLs: the
 * plans' outline labels have no English a reader would know).
 */
export function measureDesignationIn(plan: Plan, measure: Measure, locale: Locale = 'zh-CN'): string {
  return locale === 'en'
    ? message('measure.designation', { number: measure.number }, locale)
    : measureDesignation(plan, measure);
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

/** The English of the role labels the plans print before a units list (measure-units.ts ROLE_LABELS). */
const UNIT_LABELS_EN: Readonly<Record<string, string>> = {
  牵头单位: 'Lead units',
  牵头部门: 'Lead departments',
  责任单位: 'Responsible units',
  责任部门: 'Responsible departments',
  协同单位: 'Coordinating units',
};

/** A units list's label as printed, or its English on English pages. */
export function unitLabelIn(label: string, locale: Locale = 'zh-CN'): string {
  return locale === 'en' ? (UNIT_LABELS_EN[label] ?? label) : label;
}
