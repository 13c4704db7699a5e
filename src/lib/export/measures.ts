/** /data/measures.json and /data/measures.csv: one record per measure. */
import type { Library } from '#lib/plan/library.ts';
import type { Measure } from '#lib/plan/model.ts';
import { measureInPlanPath, measurePath } from '#lib/site/paths.ts';
import { publicUrl } from '#lib/site/citation.ts';
import { measureEnglish, TRANSLATION_STATUSES, type TranslationTable } from '#lib/translation/translation.ts';
import { excelCsv } from './csv.ts';
import { csvSchema, fieldsOf, required, tableSchema, unique } from './table-schema.ts';

export interface MeasureRecord {
  id: string;
  plan: string;
  number: string;
  place: string;
  title: string;
  text: string;
  section: string[];
  lead: string[];
  responsible: string[];
  url: string;
  anchor: string;
  truncated: boolean;
  titleEn: string;
  textEn: string;
  translationStatus: (typeof TRANSLATION_STATUSES)[number];
}

/** What every English field says: the English is the site's, the Chinese is the text. */
export const UNOFFICIAL_ENGLISH = '英文为本站编辑所译，非官方译文，以中文原文为准。';
export const UNOFFICIAL_ENGLISH_EN =
  'The English is this site’s editorial translation, not an official one; the Chinese original is authoritative.';

export const MEASURE_SCHEMA = tableSchema(
  fieldsOf<MeasureRecord>({
    id: {
      type: 'string',
      description: '举措编号：方案代码/条号，如 tongnan/9、panzhihua/3.1.2，长期不变。',
      descriptionEn: 'Measure ID: plan code/measure number, such as tongnan/9 or panzhihua/3.1.2; it does not change.',
      constraints: unique,
    },
    plan: {
      type: 'string',
      description: '方案代码：chongqing、tongnan、shapingba、rongchang、panzhihua。',
      descriptionEn: 'Plan code: chongqing, tongnan, shapingba, rongchang, panzhihua.',
      constraints: required,
    },
    number: {
      type: 'string',
      description:
        '方案自身的编号。潼南、沙坪坝、荣昌按条顺序编号；攀枝花、重庆总体方案按层级编号（3.1.2 即三（一）2）。',
      descriptionEn:
        'The number the plan itself gives the measure. Tongnan, Shapingba and Rongchang number their measures in sequence; Panzhihua and the Chongqing master plan number them by outline level (3.1.2 stands for “三（一）2”, III (1) 2 on the English pages).',
      constraints: required,
    },
    place: {
      type: 'string',
      description: '在方案结构中的位置，按公文引用习惯书写，如 二（四）9。',
      descriptionEn:
        'Position in the plan’s outline, written as Chinese official documents cite it, such as “二（四）9” (II (4) 9 on the English pages).',
      constraints: required,
    },
    title: {
      type: 'string',
      description: '举措标题：原文首句（不含句号）。',
      descriptionEn: 'Title of the measure: the first sentence of the original (without its full stop).',
      constraints: required,
    },
    text: {
      type: 'string',
      description: '举措全文，按原文，不含开头的序号；含括注的牵头/责任单位。多段之间以换行分隔。',
      descriptionEn:
        'Full text of the measure as in the original, without its leading number; it includes the lead/responsible units in brackets. Paragraphs are separated by line breaks.',
      constraints: required,
    },
    section: {
      type: 'array',
      description: '举措所在的各级标题，由外到内。',
      descriptionEn: 'The headings the measure stands under, from the outermost to the innermost.',
    },
    lead: {
      type: 'array',
      description: '牵头单位（或牵头部门），按原文书写与顺序。',
      descriptionEn: 'Lead units (or lead departments), written and ordered as in the original.',
    },
    responsible: {
      type: 'array',
      description: '责任单位（或责任部门、协同单位），按原文书写与顺序。',
      descriptionEn:
        'Responsible units (or responsible departments, cooperating units), written and ordered as in the original.',
    },
    url: {
      type: 'string',
      description: '本条举措的固定页面地址（未配置网站地址时为站内路径）。',
      descriptionEn:
        'Permanent address of the measure’s page (a path within the site when no site address is configured).',
      constraints: required,
    },
    anchor: {
      type: 'string',
      description: '本条在方案全文页面中的锚点：方案页面地址加 #锚点 即定位到本条。',
      descriptionEn:
        'The measure’s anchor on the page with the plan’s full text: the plan page’s address followed by #anchor leads to the measure.',
      constraints: required,
    },
    truncated: {
      type: 'boolean',
      description: '来源文本在本条中途中断时为 true（仅重庆总体方案二（五））。',
      descriptionEn:
        'true when the source text breaks off within this measure (only II (5) of the Chongqing master plan).',
      constraints: required,
    },
    titleEn: {
      type: 'string',
      description: `举措标题的英文（对应 title）。${UNOFFICIAL_ENGLISH}`,
      descriptionEn: `Title of the measure in English (the English of title). ${UNOFFICIAL_ENGLISH_EN}`,
      constraints: required,
    },
    textEn: {
      type: 'string',
      description: `举措全文的英文（对应 text，不含开头的序号，含单位名单的英文）。多段之间以换行分隔。${UNOFFICIAL_ENGLISH}`,
      descriptionEn: `Full text of the measure in English (the English of text, without the leading number, with the English of the unit lists). Paragraphs are separated by line breaks. ${UNOFFICIAL_ENGLISH_EN}`,
      constraints: required,
    },
    translationStatus: {
      type: 'string',
      description: '英文译文的状态：draft 为初译，尚未对照中文核读；reviewed 为已由双语读者对照中文核读。',
      descriptionEn:
        'Status of the English translation: draft, a first translation not yet checked against the Chinese; reviewed, checked against the Chinese by a bilingual reader.',
      constraints: { required: true, enum: [...TRANSLATION_STATUSES] },
    },
  }),
  { primaryKey: 'id', foreignKeys: [{ fields: 'plan', reference: { resource: 'plans', fields: 'slug' } }] },
);

/** How list fields are joined in the CSV: units as the plans print them, headings with ›. */
export const MEASURE_CSV_JOINERS = { section: ' › ', lead: '、', responsible: '、' } as const;
export const MEASURE_CSV_SCHEMA = csvSchema(MEASURE_SCHEMA, MEASURE_CSV_JOINERS);

export function measureRecords(
  library: Library,
  translations: TranslationTable,
  site: URL | string | undefined,
): MeasureRecord[] {
  return library.measures.map((m) => measureRecord(m, translations, site));
}

export function measureRecord(
  m: Measure,
  translations: TranslationTable,
  site: URL | string | undefined,
): MeasureRecord {
  const english = measureEnglish(translations, m);
  return {
    id: m.id,
    plan: m.plan,
    number: m.number,
    place: m.place,
    title: m.title,
    text: m.text,
    section: m.sections.map((s) => s.text),
    lead: m.units?.lead ?? [],
    responsible: m.units?.responsible ?? [],
    url: publicUrl(measurePath(m), site),
    anchor: measureInPlanPath(m).split('#')[1]!,
    truncated: m.truncated,
    titleEn: english.title,
    textEn: english.text,
    translationStatus: english.status,
  };
}

export function measuresCsv(records: readonly MeasureRecord[]): string {
  return excelCsv(
    MEASURE_CSV_SCHEMA,
    records.map((r) =>
      MEASURE_SCHEMA.fields.map(({ name }) => {
        const value = r[name as keyof MeasureRecord];
        return Array.isArray(value) ? value.join(MEASURE_CSV_JOINERS[name as keyof typeof MEASURE_CSV_JOINERS]) : value;
      }),
    ),
  );
}
