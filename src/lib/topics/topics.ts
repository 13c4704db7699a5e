/**
 * The topic taxonomy (content/taxonomy.yaml) and the topics each measure carries
 * (content/measure-topics.yaml): editorial data, kept apart from the plans' text.
 */
import { z } from 'astro/zod';
import { ContentError, ContentErrors } from '#lib/content/errors.ts';
import { lookupBy } from '#lib/content/lookup.ts';
import { lineOf, readYamlData, type YamlSource } from '#lib/content/yaml.ts';
import type { Library } from '#lib/plan/library.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as carbon-account');

export const taxonomySchema = z
  .strictObject({
    categories: z
      .array(
        z.strictObject({
          id: id.describe('Stable id of the category.'),
          name: z.string().min(1).describe('Chinese name shown on the site.'),
          nameEn: z.string().min(1).describe('English label.'),
          description: z.string().min(1).describe('One sentence on what the category covers (Chinese).'),
        }),
      )
      .min(1)
      .describe('Categories in display order, following the structure the plans share.'),
    topics: z
      .array(
        z.strictObject({
          id: id.describe('Stable id of the topic; part of its URL /topics/<id>/.'),
          name: z.string().min(1).describe('Chinese name, e.g. 碳账户.'),
          nameEn: z.string().min(1).describe('English label, e.g. Carbon accounts.'),
          category: id.describe('Id of the category the topic belongs to.'),
          description: z
            .string()
            .min(1)
            .describe('One sentence: what the topic includes and what it does not (Chinese).'),
        }),
      )
      .min(1)
      .describe('Topics in display order within their categories.'),
  })
  .describe('The topic taxonomy.');

export const measureTopicsSchema = z
  .record(z.string(), z.array(z.string()).min(1, 'a measure needs at least one topic'))
  .describe('Measure id → the topics it is about, most central first.');

export type Taxonomy = z.output<typeof taxonomySchema>;
export type Category = Taxonomy['categories'][number];
export type Topic = Taxonomy['topics'][number] & {
  /** Ids of the measures on this topic, in library order. */
  measures: string[];
};

export interface TopicIndex {
  categories: Category[];
  topics: Topic[];
  /** Measure id → topic ids, most central first. */
  topicsOf: Map<string, string[]>;
  /** The topic with this id; throws for an unknown id. */
  topic(id: string): Topic;
  /** The topics of a measure, most central first. */
  topicsOfMeasure(measure: string): Topic[];
}

export const TAXONOMY_FILE = 'content/taxonomy.yaml';
export const MEASURE_TOPICS_FILE = 'content/measure-topics.yaml';

/**
 * Reads and cross-checks the taxonomy and the measure tags against the library. Throws
 * ContentErrors for an unknown category, a duplicate or unknown topic id, an unknown measure id,
 * or a measure with no topic.
 */
export function buildTopicIndex(taxonomyText: string, measureTopicsText: string, library: Library): TopicIndex {
  // Both files are read before failing, so an editor sees the problems of both at once.
  const errors: ContentError[] = [];
  const read = <Schema extends z.ZodType>(file: string, text: string, schema: Schema) => {
    try {
      return readYamlData(file, text, schema);
    } catch (error) {
      if (error instanceof ContentErrors) errors.push(...error.errors);
      else throw error;
      return undefined;
    }
  };
  const taxonomyFile = read(TAXONOMY_FILE, taxonomyText, taxonomySchema);
  const tagsFile = read(MEASURE_TOPICS_FILE, measureTopicsText, measureTopicsSchema);
  if (!taxonomyFile || !tagsFile) throw new ContentErrors(errors);
  const { source: taxonomySource, data: taxonomy } = taxonomyFile;
  const { source: tagsSource, data: tags }: { source: YamlSource; data: Record<string, string[]> } = tagsFile;

  const fail = (file: string, line: number, field: string, problem: string) =>
    errors.push(new ContentError({ file, line, field }, problem));
  const categoryIds = taxonomy.categories.map((c) => c.id);
  const seen = new Set<string>();
  taxonomy.categories.forEach((category, i) => {
    if (seen.has(category.id))
      fail(
        TAXONOMY_FILE,
        lineOf(taxonomySource, ['categories', i, 'id']),
        'id',
        `duplicate category id ${category.id}`,
      );
    seen.add(category.id);
  });
  const topicIds = new Set<string>();
  taxonomy.topics.forEach((topic, i) => {
    if (topicIds.has(topic.id))
      fail(TAXONOMY_FILE, lineOf(taxonomySource, ['topics', i, 'id']), 'id', `duplicate topic id ${topic.id}`);
    topicIds.add(topic.id);
    if (!categoryIds.includes(topic.category)) {
      fail(
        TAXONOMY_FILE,
        lineOf(taxonomySource, ['topics', i, 'category']),
        `topics.${i}.category`,
        `unknown category "${topic.category}" for topic ${topic.id}; expected one of ${categoryIds.join(', ')}`,
      );
    }
  });

  const measureIds = new Set(library.measures.map((m) => m.id));
  for (const [measureId, topics] of Object.entries(tags)) {
    if (!measureIds.has(measureId)) {
      fail(
        MEASURE_TOPICS_FILE,
        lineOf(tagsSource, [measureId]),
        measureId,
        `unknown measure id "${measureId}"; expected an id such as ${library.measures[0]?.id ?? 'tongnan/1'}`,
      );
    }
    topics.forEach((topic, i) => {
      if (!topicIds.has(topic)) {
        fail(
          MEASURE_TOPICS_FILE,
          lineOf(tagsSource, [measureId, i]),
          measureId,
          `unknown topic "${topic}"; expected a topic id from ${TAXONOMY_FILE}`,
        );
      } else if (topics.indexOf(topic) !== i) {
        fail(MEASURE_TOPICS_FILE, lineOf(tagsSource, [measureId, i]), measureId, `topic "${topic}" is listed twice`);
      }
    });
  }
  for (const measure of library.measures) {
    if (!(measure.id in tags)) {
      fail(
        MEASURE_TOPICS_FILE,
        tagsSource.text.split('\n').length,
        measure.id,
        `measure ${measure.id} has no topic; every measure needs at least one (add "${measure.id}: [topic-id]")`,
      );
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);

  const topicsOf = new Map(library.measures.map((m) => [m.id, tags[m.id]!]));
  const topics: Topic[] = taxonomy.topics.map((topic) => ({
    ...topic,
    measures: library.measures.filter((m) => topicsOf.get(m.id)!.includes(topic.id)).map((m) => m.id),
  }));
  // Topics in category order, keeping the file's order within a category.
  topics.sort((a, b) => categoryIds.indexOf(a.category) - categoryIds.indexOf(b.category));
  const topic = lookupBy(topics, (t) => t.id, 'topic');
  return {
    categories: taxonomy.categories,
    topics,
    topicsOf,
    topic,
    topicsOfMeasure: (measure) => (topicsOf.get(measure) ?? []).map(topic),
  };
}
