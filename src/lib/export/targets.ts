/** /data/targets.json and /data/targets.csv: the quantitative targets, each quoting its plan. */
import type { TargetTable } from '#lib/targets/targets.ts';
import { publicUrl } from '#lib/site/citation.ts';
import { excelCsv } from './csv.ts';
import { fieldsOf, required, tableSchema, type Bilingual, type Field } from './table-schema.ts';

export type TargetRecord = ReturnType<typeof targetsExport>['targets'][number];

const TARGET_FIELDS = fieldsOf<TargetRecord>({
  plan: { type: 'string', description: '方案代码。', descriptionEn: 'Plan code.', constraints: required },
  metric: {
    type: 'string',
    description: '指标代码（指标见 targets.json 的 metrics）。',
    descriptionEn: 'Indicator code (the indicators are listed under metrics in targets.json).',
    constraints: required,
  },
  value: {
    type: 'number',
    description: '数值（编者据原文换算）；非数值目标为空（null）。',
    descriptionEn: 'Value (converted by the editors from the original); null for a target that is not a number.',
  },
  valueText: {
    type: 'string',
    description: '原文中的数值写法。',
    descriptionEn: 'The value as written in the original.',
    constraints: required,
  },
  unit: {
    type: 'string',
    description: '数值的单位；非数值目标为空（null）。',
    descriptionEn: 'Unit of the value; null for a target that is not a number.',
  },
  comparator: {
    type: 'string',
    description: '比较关系：≥、>、=、≤、<。',
    descriptionEn: 'Comparison: ≥, >, =, ≤, <.',
    constraints: { required: true, enum: ['≥', '>', '=', '≤', '<'] },
  },
  baseline: {
    type: 'object',
    description: '基准：{year} 为基年，{text} 为其他基准，null 为无。',
    descriptionEn: 'Baseline: {year} for a base year, {text} for another baseline, null for none.',
  },
  deadline: {
    type: 'year',
    description: '期限年份；原文未写明时为空（null）。',
    descriptionEn: 'Year of the deadline; null when the original does not state it.',
  },
  quote: {
    type: 'string',
    description: '目标所在的原文，逐字照录。',
    descriptionEn: 'The original text that states the target, quoted word for word.',
    constraints: required,
  },
  location: {
    type: 'string',
    description: '原文位置，按公文引用习惯书写，如 一（二）。',
    descriptionEn:
      'Location in the original, written as Chinese official documents cite it, such as “一（二）” (I (2) on the English pages).',
    constraints: required,
  },
  measure: {
    type: 'string',
    description: '引文所在的举措 id；不在举措中时为空（null）。',
    descriptionEn: 'ID of the measure the quote is in; null when it is not in a measure.',
  },
  note: {
    type: 'string',
    description: '编者注，没有时为空（null）。',
    descriptionEn: 'Editors’ note; null when there is none.',
  },
  url: {
    type: 'string',
    description: '原文位置的页面地址（未配置网站地址时为站内路径）。',
    descriptionEn:
      'Address of the page at the quote’s location in the original (a path within the site when no site address is configured).',
    constraints: required,
  },
  noteEn: {
    type: 'string',
    description: '编者注（note）的英文（编者所译），没有编者注时为空（null）；以中文为准。',
    descriptionEn:
      'The editors’ note (note) in English (editorial translation); null when there is no note; the Chinese is authoritative.',
  },
});

const foreignKeys = [
  { fields: 'plan', reference: { resource: 'plans', fields: 'slug' } },
  { fields: 'measure', reference: { resource: 'measures', fields: 'id' } },
];

export const TARGET_SCHEMA = tableSchema(TARGET_FIELDS, { foreignKeys });

/** targets.csv: the baseline split into a year and a text column. */
export const TARGET_CSV_SCHEMA = tableSchema(
  TARGET_FIELDS.flatMap((f): Field[] =>
    f.name === 'baseline'
      ? [
          {
            name: 'baselineYear',
            type: 'year',
            description: '基年；没有时为空。',
            descriptionEn: 'Base year; empty when there is none.',
          },
          {
            name: 'baselineText',
            type: 'string',
            description: '基年以外的比较基准；没有时为空。',
            descriptionEn: 'A baseline other than a base year; empty when there is none.',
          },
        ]
      : [f],
  ),
  { foreignKeys },
);

export const TARGET_EXTRA_FIELDS: Readonly<Record<string, Bilingual>> = {
  'metrics[]': {
    zh: '指标（编者所加）：id、name、nameEn、description、descriptionEn（说明的英文）。',
    en: 'Indicators (editorial): id, name, nameEn, description, descriptionEn (the description in English).',
  },
};

/** /data/targets.json: {metrics, targets: [...]}. */
export function targetsExport(table: TargetTable, site: URL | string | undefined) {
  return {
    metrics: table.metrics,
    targets: table.targets.map((t) => ({
      plan: t.plan,
      metric: t.metric,
      value: t.value,
      valueText: t.valueText,
      unit: t.unit,
      comparator: t.comparator,
      baseline: t.baseline,
      deadline: t.deadline,
      quote: t.quote,
      location: t.location,
      measure: t.measure,
      note: t.note,
      url: publicUrl(t.url, site),
      noteEn: t.noteEn,
    })),
  };
}

export function targetsCsv(data: ReturnType<typeof targetsExport>): string {
  return excelCsv(
    TARGET_CSV_SCHEMA,
    data.targets.map((t) => [
      t.plan,
      t.metric,
      t.value,
      t.valueText,
      t.unit,
      t.comparator,
      t.baseline && 'year' in t.baseline ? t.baseline.year : null,
      t.baseline && 'text' in t.baseline ? t.baseline.text : null,
      t.deadline,
      t.quote,
      t.location,
      t.measure,
      t.note,
      t.url,
      t.noteEn,
    ]),
  );
}
