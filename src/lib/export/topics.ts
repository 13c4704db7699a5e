/** /data/topics.json and /data/topics.csv: the editorial topics and the measures on each. */
import type { TopicIndex } from '#lib/topics/topics.ts';
import { excelCsv } from './csv.ts';
import { csvSchema, fieldsOf, required, tableSchema, unique } from './table-schema.ts';

export type TopicRecord = ReturnType<typeof topicsExport>['topics'][number];

/** The rows of topics.json's `topics` array, and of topics.csv (measures joined by a space). */
export const TOPIC_SCHEMA = tableSchema(
  fieldsOf<TopicRecord>({
    id: { type: 'string', description: '主题代码，也是主题页面地址 /topics/<id>/ 的一部分。', constraints: unique },
    name: { type: 'string', description: '主题的中文名（编者所加）。', constraints: required },
    nameEn: { type: 'string', description: '主题的英文名（编者所加）。', constraints: required },
    category: {
      type: 'string',
      description: '所属类别的 id（类别见 topics.json 的 categories）。',
      constraints: required,
    },
    description: { type: 'string', description: '主题包括什么、不包括什么（编者所加）。', constraints: required },
    measures: { type: 'array', description: '标注了该主题的举措 id，按方案和条号排列。' },
    descriptionEn: {
      type: 'string',
      description: '主题说明（description）的英文（编者所译）；非官方译文，以中文为准。',
      constraints: required,
    },
  }),
  { primaryKey: 'id' },
);

export const TOPIC_CSV_SCHEMA = csvSchema(TOPIC_SCHEMA, { measures: ' ' });

/** Descriptions of the parts of topics.json that are not the topic table. */
export const TOPIC_EXTRA_FIELDS: Readonly<Record<string, string>> = {
  'categories[]':
    '主题类别（编者所加）：id、name（中文名）、nameEn（英文名）、description（说明）、descriptionEn（说明的英文）。',
};

/** /data/topics.json: {categories, topics: [{id, name, nameEn, category, description, measures, descriptionEn}]}. */
export function topicsExport(topics: TopicIndex) {
  return {
    categories: topics.categories,
    topics: topics.topics.map(({ id, name, nameEn, category, description, measures, descriptionEn }) => ({
      id,
      name,
      nameEn,
      category,
      description,
      measures,
      descriptionEn,
    })),
  };
}

export function topicsCsv(data: ReturnType<typeof topicsExport>): string {
  return excelCsv(
    TOPIC_CSV_SCHEMA,
    data.topics.map((t) => [t.id, t.name, t.nameEn, t.category, t.description, t.measures.join(' '), t.descriptionEn]),
  );
}
