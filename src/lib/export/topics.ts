/** /data/topics.json and /data/topics.csv: the editorial topics and the measures on each. */
import type { TopicIndex } from '#lib/topics/topics.ts';
import { excelCsv } from './csv.ts';
import { csvSchema, fieldsOf, required, tableSchema, unique, type Bilingual } from './table-schema.ts';

export type TopicRecord = ReturnType<typeof topicsExport>['topics'][number];

/** The rows of topics.json's `topics` array, and of topics.csv (measures joined by a space). */
export const TOPIC_SCHEMA = tableSchema(
  fieldsOf<TopicRecord>({
    id: {
      type: 'string',
      description: '主题代码，也是主题页面地址 /topics/<id>/ 的一部分。',
      descriptionEn: 'Topic code, also part of the address of the topic’s page, /topics/<id>/.',
      constraints: unique,
    },
    name: {
      type: 'string',
      description: '主题的中文名（编者所加）。',
      descriptionEn: 'Chinese name of the topic (editorial).',
      constraints: required,
    },
    nameEn: {
      type: 'string',
      description: '主题的英文名（编者所加）。',
      descriptionEn: 'English name of the topic (editorial).',
      constraints: required,
    },
    category: {
      type: 'string',
      description: '所属类别的 id（类别见 topics.json 的 categories）。',
      descriptionEn: 'id of the topic’s category (the categories are listed under categories in topics.json).',
      constraints: required,
    },
    description: {
      type: 'string',
      description: '主题包括什么、不包括什么（编者所加）。',
      descriptionEn: 'What the topic covers and what it does not (editorial, in Chinese).',
      constraints: required,
    },
    measures: {
      type: 'array',
      description: '标注了该主题的举措 id，按方案和条号排列。',
      descriptionEn: 'IDs of the measures tagged with the topic, in order of plan and measure number.',
    },
    descriptionEn: {
      type: 'string',
      description: '主题说明（description）的英文（编者所译）；非官方译文，以中文为准。',
      descriptionEn:
        'The topic’s description (description) in English (editorial translation); not an official translation, the Chinese is authoritative.',
      constraints: required,
    },
  }),
  { primaryKey: 'id' },
);

export const TOPIC_CSV_SCHEMA = csvSchema(TOPIC_SCHEMA, { measures: ' ' });

/** Descriptions of the parts of topics.json that are not the topic table. */
export const TOPIC_EXTRA_FIELDS: Readonly<Record<string, Bilingual>> = {
  'categories[]': {
    zh: '主题类别（编者所加）：id、name（中文名）、nameEn（英文名）、description（说明）、descriptionEn（说明的英文）。',
    en: 'Topic categories (editorial): id, name (Chinese name), nameEn (English name), description (what the category covers), descriptionEn (the description in English).',
  },
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
