/** /data/plans.json and /data/plans.csv: one record per plan. */
import type { Library } from '#lib/plan/library.ts';
import type { Plan } from '#lib/plan/model.ts';
import { planPath } from '#lib/site/paths.ts';
import { publicUrl } from '#lib/site/citation.ts';
import { planEnglish, type TranslationTable } from '#lib/translation/translation.ts';
import { UNOFFICIAL_ENGLISH, UNOFFICIAL_ENGLISH_EN } from './measures.ts';
import { excelCsv } from './csv.ts';
import { csvSchema, fieldsOf, required, tableSchema, unique } from './table-schema.ts';

export type PlanRecord = ReturnType<typeof planRecord>;

export const PLAN_SCHEMA = tableSchema(
  fieldsOf<PlanRecord>({
    slug: {
      type: 'string',
      description: '方案代码，用于地址与其他数据文件。',
      descriptionEn: 'Plan code, used in addresses and in the other data files.',
      constraints: unique,
    },
    title: {
      type: 'string',
      description: '方案标题，按原文。',
      descriptionEn: 'Title of the plan, as in the original.',
      constraints: required,
    },
    shortName: {
      type: 'string',
      description: '简称（编者所加），用于表格与图表。',
      descriptionEn: 'Short name (editorial), used in tables and charts.',
      constraints: required,
    },
    issuers: {
      type: 'array',
      description: '发文机关，按原文落款。',
      descriptionEn: 'Issuing bodies, as signed at the end of the original.',
    },
    documentNumber: {
      type: 'string',
      description: '文号；原文未载且无可靠来源时为空（null）。',
      descriptionEn: 'Document number; null when the original does not print it and no reliable source gives it.',
    },
    documentNumberInSource: {
      type: 'boolean',
      description: '来源文本是否印有该文号（重庆总体方案的文号来自区县方案的引用）。',
      descriptionEn:
        'Whether the source text prints the document number (the document number of the Chongqing master plan is taken from the district plans that cite it).',
      constraints: required,
    },
    dateIssued: {
      type: 'date',
      description: '成文日期（YYYY-MM-DD）。',
      descriptionEn: 'Date of the document (YYYY-MM-DD).',
      constraints: required,
    },
    datePrinted: {
      type: 'date',
      description: '印发日期，原文版记载明时给出，否则为空（null）。',
      descriptionEn: 'Date printed and issued, given when the colophon of the original states it; otherwise null.',
    },
    region: {
      type: 'object',
      description: '所属地区：province（省级）、city（地级市）、district（区县）。',
      descriptionEn:
        'Region: province (provincial level), city (prefecture-level city), district (district or county).',
    },
    level: {
      type: 'string',
      description:
        '层级：municipal-master-plan 直辖市总体方案；district-plan 区县方案；prefecture-city-plan 地级市方案。',
      descriptionEn:
        'Level: municipal-master-plan, the master plan of a municipality directly under the central government; district-plan, the plan of a district or county; prefecture-city-plan, the plan of a prefecture-level city.',
      constraints: { required: true, enum: ['municipal-master-plan', 'district-plan', 'prefecture-city-plan'] },
    },
    publication: {
      type: 'string',
      description: '原文的公开属性标注：此件公开发布、此件不公开发布，或 none（未标注）。',
      descriptionEn:
        'Publication status as marked on the original: “此件公开发布” (released to the public), “此件不公开发布” (not for public release), or none (not marked).',
      constraints: { required: true, enum: ['此件公开发布', '此件不公开发布', 'none'] },
    },
    basis: {
      type: 'array',
      description:
        '方案所依据的文件：cited 为原文书名号内的标题，documentNumber 为所注文号，plan 为本站收录时的方案代码。',
      descriptionEn:
        'Documents the plan is based on: cited is the title as the original gives it within the title marks “《》”, documentNumber the document number given with it, plan the plan code when this site holds the document.',
    },
    completeness: {
      type: 'object',
      description: '来源文本是否完整：status 为 complete 或 excerpt（节选），stopsAt 为中断处，note 为编者说明。',
      descriptionEn:
        'Whether the source text is complete: status is complete or excerpt, stopsAt is where the text breaks off, note is the editors’ note.',
    },
    measureCount: {
      type: 'integer',
      description: '举措条数。',
      descriptionEn: 'Number of measures.',
      constraints: required,
    },
    url: {
      type: 'string',
      description: '方案全文页面地址（未配置网站地址时为站内路径）。',
      descriptionEn:
        'Address of the page with the plan’s full text (a path within the site when no site address is configured).',
      constraints: required,
    },
    titleEn: {
      type: 'string',
      description: `方案标题的英文。${UNOFFICIAL_ENGLISH}`,
      descriptionEn: `Title of the plan in English. ${UNOFFICIAL_ENGLISH_EN}`,
      constraints: required,
    },
    shortNameEn: {
      type: 'string',
      description: '简称的英文（编者所加，地名用汉语拼音），用于英文页面的表格与图表。',
      descriptionEn:
        'Short name in English (editorial; place names in pinyin), used in the tables and charts of the English pages.',
      constraints: required,
    },
  }),
  { primaryKey: 'slug' },
);

export const PLAN_CSV_SCHEMA = csvSchema(PLAN_SCHEMA, { issuers: '、', basis: '；' });

export function planRecords(
  library: Library,
  translations: TranslationTable,
  site: URL | string | undefined,
): PlanRecord[] {
  return library.plans.map((plan) => planRecord(plan, translations, site));
}

export function planRecord(
  { slug, meta, measures }: Plan,
  translations: TranslationTable,
  site: URL | string | undefined,
) {
  const english = planEnglish(translations, slug);
  return {
    slug,
    title: meta.title,
    shortName: meta.shortName,
    issuers: meta.issuers,
    documentNumber: meta.documentNumber?.value ?? null,
    documentNumberInSource: meta.documentNumber?.inSource ?? false,
    dateIssued: meta.dateIssued,
    datePrinted: meta.datePrinted ?? null,
    region: meta.region,
    level: meta.level,
    publication: meta.publication,
    basis: meta.basis,
    completeness: meta.completeness,
    measureCount: measures.length,
    url: publicUrl(planPath(slug), site),
    titleEn: english.title,
    shortNameEn: english.shortName,
  };
}

/** plans.csv: lists joined, the region and completeness written out as text. */
export function plansCsv(records: readonly PlanRecord[]): string {
  return excelCsv(
    PLAN_CSV_SCHEMA,
    records.map((r) => [
      r.slug,
      r.title,
      r.shortName,
      r.issuers.join('、'),
      r.documentNumber,
      r.documentNumberInSource,
      r.dateIssued,
      r.datePrinted,
      [r.region.province, r.region.city, r.region.district].filter(Boolean).join(''),
      r.level,
      r.publication,
      r.basis.map((b) => `《${b.cited}》${b.documentNumber ? `（${b.documentNumber}）` : ''}`).join('；'),
      r.completeness.status === 'excerpt' ? `excerpt: ${r.completeness.stopsAt}` : r.completeness.status,
      r.measureCount,
      r.url,
      r.titleEn,
      r.shortNameEn,
    ]),
  );
}
