/**
 * /data/datapackage.json: a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/)
 * listing every CSV and JSON download, valid under both the v1.0 and the v2.0 profiles. A CSV file,
 * and a JSON file that is an array of rows (plans.json, measures.json), is a Tabular Data Resource
 * (v1 `profile: tabular-data-resource`, v2 `type: table`) with its Table Schema, so a generic reader
 * loads its rows. A JSON file whose rows sit inside an object (topics.json's `topics`) is declared as
 * plain, non-tabular JSON (`profile: data-resource`, no schema): neither version of the spec can
 * point into an object, and /data/ documents its rows' fields.
 */
import { publicUrl } from '#lib/site/citation.ts';
import { dataFilePath } from '#lib/site/paths.ts';
import { publishedSchema, type TableSchema } from './table-schema.ts';
import { MEASURE_CSV_SCHEMA, MEASURE_SCHEMA } from './measures.ts';
import { PLAN_CSV_SCHEMA, PLAN_SCHEMA } from './plans.ts';
import { TOPIC_CSV_SCHEMA, TOPIC_SCHEMA } from './topics.ts';
import { TARGET_CSV_SCHEMA, TARGET_SCHEMA } from './targets.ts';
import { UNIT_CSV_SCHEMA, UNIT_SCHEMA } from './units.ts';
import { PAIR_SCHEMA } from './alignment.ts';
import { COUNTERPART_CSV_SCHEMA, COUNTERPART_SCHEMA } from './counterparts.ts';

export interface DownloadSpec {
  /** Resource name in the package (lower case, - and _ only). */
  name: string;
  /** File name in /data/. */
  file: string;
  title: string;
  description: string;
  /** The title and description in English, for the English /data/ page (not in the data package). */
  titleEn: string;
  descriptionEn: string;
  /** The fields, described in both languages; the package publishes the Chinese only (publishedSchema). */
  schema: TableSchema;
  /**
   * The property of a JSON file's top-level object that holds the rows `schema` describes (shown on
   * /data/); absent when the file is the array of rows or a CSV. Such a file is non-tabular JSON in
   * the package.
   */
  rowsProperty?: string;
  /** Whether the file holds words of the plans (government documents) rather than only editorial data. */
  planText: boolean;
}

const NON_TABULAR_NOTE = '（非表格 JSON：各行的字段说明见 /data/ 页面。）';
const PLAN_TEXT_NOTE = '含方案原文（政府公文，由署名机关发布，逐字照录），原文不属于本站编辑数据许可的范围。';

/** Every download in /data/ that is a table, in the order /data/ lists them. */
export const DOWNLOADS: readonly DownloadSpec[] = [
  {
    name: 'plans',
    file: 'plans.csv',
    title: '方案（CSV）',
    description: '每份方案一行。',
    titleEn: 'Plans (CSV)',
    descriptionEn: 'One row per plan.',
    schema: PLAN_CSV_SCHEMA,
    planText: true,
  },
  {
    name: 'plans-json',
    file: 'plans.json',
    title: '方案（JSON）',
    description: '每份方案一个对象。',
    titleEn: 'Plans (JSON)',
    descriptionEn: 'One object per plan.',
    schema: PLAN_SCHEMA,
    planText: true,
  },
  {
    name: 'measures',
    file: 'measures.csv',
    title: '举措（CSV）',
    description: '每条举措一行，含原文。',
    titleEn: 'Measures (CSV)',
    descriptionEn: 'One row per measure, with its text.',
    schema: MEASURE_CSV_SCHEMA,
    planText: true,
  },
  {
    name: 'measures-json',
    file: 'measures.json',
    title: '举措（JSON）',
    description: '每条举措一个对象，含原文。',
    titleEn: 'Measures (JSON)',
    descriptionEn: 'One object per measure, with its text.',
    schema: MEASURE_SCHEMA,
    planText: true,
  },
  {
    name: 'topics',
    file: 'topics.csv',
    title: '主题（CSV）',
    description: '每个主题一行（编辑数据）。',
    titleEn: 'Topics (CSV)',
    descriptionEn: 'One row per topic (editorial data).',
    schema: TOPIC_CSV_SCHEMA,
    planText: false,
  },
  {
    name: 'topics-json',
    file: 'topics.json',
    title: '主题（JSON）',
    description: '主题类别与主题（编辑数据）；表格行在 topics 数组中。',
    titleEn: 'Topics (JSON)',
    descriptionEn: 'Topic categories and topics (editorial data); the table rows are in the topics array.',
    schema: TOPIC_SCHEMA,
    rowsProperty: 'topics',
    planText: false,
  },
  {
    name: 'targets',
    file: 'targets.csv',
    title: '量化目标（CSV）',
    description: '每个目标一行，引文为原文。',
    titleEn: 'Quantified targets (CSV)',
    descriptionEn: "One row per target; the quotes are the plans' text.",
    schema: TARGET_CSV_SCHEMA,
    planText: true,
  },
  {
    name: 'targets-json',
    file: 'targets.json',
    title: '量化目标（JSON）',
    description: '指标与目标；表格行在 targets 数组中，引文为原文。',
    titleEn: 'Quantified targets (JSON)',
    descriptionEn:
      "Indicators and targets; the table rows are in the targets array, and the quotes are the plans' text.",
    schema: TARGET_SCHEMA,
    rowsProperty: 'targets',
    planText: true,
  },
  {
    name: 'units',
    file: 'units.csv',
    title: '责任单位（CSV）',
    description: '每个单位一行（编辑数据，写法为原文）。',
    titleEn: 'Responsible units (CSV)',
    descriptionEn: 'One row per unit (editorial data; the printed forms are as in the plans).',
    schema: UNIT_CSV_SCHEMA,
    planText: false,
  },
  {
    name: 'units-json',
    file: 'agencies.json',
    title: '责任单位（JSON）',
    description: '单位类型与单位；表格行在 agencies 数组中。',
    titleEn: 'Responsible units (JSON)',
    descriptionEn: 'Unit types and units; the table rows are in the agencies array.',
    schema: UNIT_SCHEMA,
    rowsProperty: 'agencies',
    planText: false,
  },
  {
    name: 'alignment-json',
    file: 'alignment.json',
    title: '相似度与文本重合（JSON）',
    description: '计算结果；表格行（相似举措对）在 pairs 数组中，另有 reuse 矩阵。',
    titleEn: 'Similarity and text reuse (JSON)',
    descriptionEn:
      'Computed results; the table rows (pairs of similar measures) are in the pairs array, with the reuse matrix beside them.',
    schema: PAIR_SCHEMA,
    rowsProperty: 'pairs',
    planText: false,
  },
  {
    name: 'counterparts',
    file: 'counterparts.csv',
    title: '对应举措（CSV）',
    description: '每条对应关系一行：较早方案的举措、较晚方案的对应举措、类型、对齐比例、名称替换与约束力变化。',
    titleEn: 'Counterpart measures (CSV)',
    descriptionEn:
      'One row per counterpart link: the measure of the earlier plan, its counterpart in the later plan, the kind, the share aligned, name replacements and changes in binding force.',
    schema: COUNTERPART_CSV_SCHEMA,
    planText: false,
  },
  {
    name: 'counterparts-json',
    file: 'counterparts.json',
    title: '对应举措（JSON）',
    description: '计算结果；表格行在 links 数组中，另含修订记录（含原文片段）与方案对统计。',
    titleEn: 'Counterpart measures (JSON)',
    descriptionEn:
      'Computed results; the table rows are in the links array, with the revision records (including fragments of plan text) and per-pair statistics.',
    schema: COUNTERPART_SCHEMA,
    rowsProperty: 'links',
    planText: true,
  },
];

export const EDITORIAL_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export interface PackageInfo {
  /** The project's version (package.json). */
  version: string;
  /** The date the content was last reviewed (content/periods.yaml asOf): deterministic, unlike the build clock. */
  asOf: string;
  plans: { title: string; issuers: string[]; dateIssued: string }[];
  site: URL | string | undefined;
}

export function dataPackage(info: PackageInfo) {
  const absolute = info.site !== undefined;
  return {
    profile: 'data-package',
    name: 'green-finance-plans',
    title: '绿色金融改革方案对照：数据',
    description:
      '五份地方绿色金融改革方案的方案、举措、主题、量化目标、责任单位与文本对齐数据。编辑数据（简称、主题、说明、单位整理、目标换算、期限）按 CC BY 4.0 许可；方案原文为政府公文，逐字照录，不在此许可范围内。',
    version: info.version,
    created: `${info.asOf}T00:00:00Z`,
    ...(absolute ? { homepage: publicUrl(dataFilePath(''), info.site) } : {}),
    licenses: [EDITORIAL_LICENSE],
    sources: info.plans.map((p) => ({ title: `${p.title}（${p.issuers.join('、')}，${p.dateIssued}，政府公文）` })),
    resources: DOWNLOADS.map(resource),
  };
}

/** CSV as the files are written (csv-stringify): comma, "" for a quote inside a quoted cell, CRLF, a header row. */
export const CSV_DIALECT = { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true } as const;

/** One download as a Data Resource: tabular (with its schema) or plain JSON. */
function resource(d: DownloadSpec) {
  const csv = d.file.endsWith('.csv');
  const common = {
    name: d.name,
    // Relative to this descriptor, which lies in /data/ beside the files.
    path: d.file,
    title: d.title,
    description: d.planText ? `${d.description}${PLAN_TEXT_NOTE}` : d.description,
    format: csv ? 'csv' : 'json',
    mediatype: csv ? 'text/csv' : 'application/json',
    encoding: csv ? 'utf-8-sig' : 'utf-8',
  };
  if (d.rowsProperty)
    return { ...common, description: `${common.description}${NON_TABULAR_NOTE}`, profile: 'data-resource' as const };
  return {
    ...common,
    profile: 'tabular-data-resource' as const,
    type: 'table' as const,
    ...(csv ? { dialect: CSV_DIALECT } : {}),
    schema: publishedSchema(d.schema),
  };
}
