/**
 * The topic taxonomy (content/taxonomy.yaml) and the topics each measure carries
 * (content/measure-topics.yaml): editorial data, kept apart from the plans' text.
 */
import { z } from 'astro/zod';
import { kebabId } from '#lib/content/fields.ts';
import type { ContentProblems } from '#lib/content/errors.ts';
import { lookupBy } from '#lib/content/lookup.ts';
import { lineOf, readYamlData, type YamlSource } from '#lib/content/yaml.ts';
import type { Library } from '#lib/plan/library.ts';

const id = kebabId('carbon-account');

export const taxonomySchema = z
  .strictObject({
    categories: z
      .array(
        z.strictObject({
          id: id.describe('Stable id of the category.'),
          name: z.string().min(1).describe('Chinese name shown on the site.'),
          nameEn: z.string().min(1).describe('English label.'),
          description: z.string().min(1).describe('One sentence on what the category covers (Chinese).'),
          descriptionEn: z.string().min(1).describe('The description in English (editorial translation).'),
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
          aliases: z
            .array(z.string().min(1))
            .optional()
            .describe(
              'Editorial alternative labels a reader may search for (绿色贷款 for 绿色信贷产品与服务); search offers the topic when a query term matches one. Never used to change results.',
            ),
          description: z
            .string()
            .min(1)
            .describe('One sentence: what the topic includes and what it does not (Chinese).'),
          descriptionEn: z.string().min(1).describe('The description in English (editorial translation).'),
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

/** A placeholder returned with problems, so a caller that collects problems can go on. */
const EMPTY_INDEX: TopicIndex = {
  categories: [],
  topics: [],
  topicsOf: new Map(),
  topic: lookupBy<Topic>([], (t) => t.id, 'topic'),
  topicsOfMeasure: () => [],
};

/**
 * Reads and cross-checks the taxonomy and the measure tags against the library: an unknown
 * category, a duplicate or unknown topic id, an unknown measure id, a measure with no topic, a
 * topic with no measure. Problems go to `problems`.
 */
export function buildTopicIndex(
  taxonomyText: string,
  measureTopicsText: string,
  library: Library,
  problems: ContentProblems,
): TopicIndex {
  const index = checkTopics(taxonomyText, measureTopicsText, library, problems);
  return index ?? EMPTY_INDEX;
}

function checkTopics(
  taxonomyText: string,
  measureTopicsText: string,
  library: Library,
  problems: ContentProblems,
): TopicIndex | undefined {
  // Both files are read before stopping, so an editor sees the problems of both at once.
  const before = problems.count;
  const taxonomyFile = readYamlData(TAXONOMY_FILE, taxonomyText, taxonomySchema, problems);
  const tagsFile = readYamlData(MEASURE_TOPICS_FILE, measureTopicsText, measureTopicsSchema, problems);
  if (!taxonomyFile || !tagsFile) return undefined;
  const { source: taxonomySource, data: taxonomy } = taxonomyFile;
  const { source: tagsSource, data: tags }: { source: YamlSource; data: Record<string, string[]> } = tagsFile;

  const fail = (file: string, line: number, field: string, problem: string, found: string, expected: string) =>
    problems.report({ file, line, field }, problem, { found, expected });
  const categoryIds = taxonomy.categories.map((c) => c.id);
  const seen = new Set<string>();
  taxonomy.categories.forEach((category, i) => {
    if (seen.has(category.id))
      fail(
        TAXONOMY_FILE,
        lineOf(taxonomySource, ['categories', i, 'id']),
        `categories.${i}.id`,
        'duplicate category id',
        category.id,
        'each id once',
      );
    seen.add(category.id);
  });
  const topicIds = new Set<string>();
  taxonomy.topics.forEach((topic, i) => {
    if (topicIds.has(topic.id))
      fail(
        TAXONOMY_FILE,
        lineOf(taxonomySource, ['topics', i, 'id']),
        `topics.${i}.id`,
        'duplicate topic id',
        topic.id,
        'each id once',
      );
    topicIds.add(topic.id);
    if (!categoryIds.includes(topic.category)) {
      fail(
        TAXONOMY_FILE,
        lineOf(taxonomySource, ['topics', i, 'category']),
        `topics.${i}.category`,
        `unknown category for topic ${topic.id}`,
        `"${topic.category}"`,
        `one of ${categoryIds.join(', ')}`,
      );
    }
  });

  const measureIds = new Set(library.measures.map((m) => m.id));
  const planSlugs = new Set(library.plans.map((p) => p.slug));
  const unchecked = library.unchecked ?? new Set<string>();
  const planOf = (measureId: string) => measureId.split('/')[0]!;
  // A plan that is gone (renamed, deleted) is reported once, not once per measure.
  const missingPlans = new Map<string, string[]>();
  for (const [measureId, topics] of Object.entries(tags)) {
    const plan = planOf(measureId);
    if (unchecked.has(plan)) continue;
    if (!measureIds.has(measureId)) {
      if (!planSlugs.has(plan)) {
        if (!missingPlans.has(plan)) missingPlans.set(plan, []);
        missingPlans.get(plan)!.push(measureId);
      } else {
        fail(
          MEASURE_TOPICS_FILE,
          lineOf(tagsSource, [measureId]),
          measureId,
          `unknown measure id "${measureId}"`,
          `"${measureId}"`,
          `a measure of ${plan}, from ${plan}/1 in the plan's numbering`,
        );
      }
    }
    topics.forEach((topic, i) => {
      if (!topicIds.has(topic)) {
        fail(
          MEASURE_TOPICS_FILE,
          lineOf(tagsSource, [measureId, i]),
          measureId,
          `unknown topic "${topic}"`,
          `"${topic}"`,
          `a topic id from ${TAXONOMY_FILE}`,
        );
      } else if (topics.indexOf(topic) !== i) {
        fail(
          MEASURE_TOPICS_FILE,
          lineOf(tagsSource, [measureId, i]),
          measureId,
          `topic "${topic}" is listed twice`,
          `"${topic}" twice`,
          'each topic once',
        );
      }
    });
  }
  for (const [plan, ids] of missingPlans) {
    fail(
      MEASURE_TOPICS_FILE,
      lineOf(tagsSource, [ids[0]!]),
      ids[0]!,
      `measures of plan "${plan}", which is not in the library (content/plans/${plan}.mdx does not exist)`,
      `${ids.length} measure${ids.length === 1 ? '' : 's'} ${ids[0]}${ids.length > 1 ? ` … ${ids[ids.length - 1]}` : ''}`,
      `a plan file content/plans/${plan}.mdx, or the ids renamed to the plan's file name (one of ${[...planSlugs].join(', ')})`,
    );
  }
  const endLine = tagsSource.text.split('\n').length;
  for (const plan of library.plans) {
    const untagged = plan.measures.filter((m) => !(m.id in tags));
    if (untagged.length === 0) continue;
    if (untagged.length === plan.measures.length && plan.measures.length > 1) {
      fail(
        MEASURE_TOPICS_FILE,
        endLine,
        plan.slug,
        `no measure of plan ${plan.slug} (${plan.file}) has a topic`,
        'no line starting with ' + `${plan.slug}/`,
        `a line "${plan.slug}/<number>: [topic-id]" for each of its ${plan.measures.length} measures`,
      );
      continue;
    }
    for (const measure of untagged) {
      fail(
        MEASURE_TOPICS_FILE,
        endLine,
        measure.id,
        `measure ${measure.id} has no topic`,
        'no line for it',
        `at least one topic (add "${measure.id}: [topic-id]")`,
      );
    }
  }
  if (problems.count > before) return undefined;

  const topicsOf = new Map(library.measures.map((m) => [m.id, tags[m.id]!]));
  const topics: Topic[] = taxonomy.topics.map((topic) => ({
    ...topic,
    measures: library.measures.filter((m) => topicsOf.get(m.id)!.includes(topic.id)).map((m) => m.id),
  }));
  // A topic page with no measure would publish an empty comparison. Not checkable while a plan is left out.
  if (unchecked.size === 0) {
    topics.forEach((topic) => {
      if (topic.measures.length > 0) return;
      const i = taxonomy.topics.findIndex((t) => t.id === topic.id);
      fail(
        TAXONOMY_FILE,
        lineOf(taxonomySource, ['topics', i, 'id']),
        `topics.${i}.id`,
        `topic ${topic.id} has no measure`,
        `no measure in ${MEASURE_TOPICS_FILE} tagged ${topic.id}`,
        'at least one measure tagged with it, or the topic removed',
      );
    });
  }
  if (problems.count > before) return undefined;
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
