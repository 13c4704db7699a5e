/** /data/targets.json and /data/targets.csv: the quantitative targets, each quoting its plan. */
import type { TargetTable } from '#lib/targets/targets.ts';
import { publicUrl } from '#lib/site/citation.ts';
import { excelCsv } from './csv.ts';
import { fieldsOf, required, tableSchema, type Field } from './table-schema.ts';

export type TargetRecord = ReturnType<typeof targetsExport>['targets'][number];

const TARGET_FIELDS = fieldsOf<TargetRecord>({
  plan: { type: 'string', description: '方案代码。', constraints: required },
  metric: { type: 'string', description: '指标代码（指标见 targets.json 的 metrics）。', constraints: required },
  value: { type: 'number', description: '数值（编者据原文换算）；非数值目标为空（null）。' },
  valueText: { type: 'string', description: '原文中的数值写法。', constraints: required },
  unit: { type: 'string', description: '数值的单位；非数值目标为空（null）。' },
  comparator: {
    type: 'string',
    description: '比较关系：≥、>、=、≤、<。',
    constraints: { required: true, enum: ['≥', '>', '=', '≤', '<'] },
  },
  baseline: { type: 'object', description: '基准：{year} 为基年，{text} 为其他基准，null 为无。' },
  deadline: { type: 'year', description: '期限年份；原文未写明时为空（null）。' },
  quote: { type: 'string', description: '目标所在的原文，逐字照录。', constraints: required },
  location: { type: 'string', description: '原文位置，按公文引用习惯书写，如 一（二）。', constraints: required },
  measure: { type: 'string', description: '引文所在的举措 id；不在举措中时为空（null）。' },
  note: { type: 'string', description: '编者注，没有时为空（null）。' },
  url: { type: 'string', description: '原文位置的页面地址（未配置网站地址时为站内路径）。', constraints: required },
  noteEn: { type: 'string', description: '编者注（note）的英文（编者所译），没有编者注时为空（null）；以中文为准。' },
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
          { name: 'baselineYear', type: 'year', description: '基年；没有时为空。' },
          { name: 'baselineText', type: 'string', description: '基年以外的比较基准；没有时为空。' },
        ]
      : [f],
  ),
  { foreignKeys },
);

export const TARGET_EXTRA_FIELDS: Readonly<Record<string, string>> = {
  'metrics[]': '指标（编者所加）：id、name、nameEn、description、descriptionEn（说明的英文）。',
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
