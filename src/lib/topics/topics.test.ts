import { describe, expect, it } from 'vitest';
import { buildTopicIndex, MEASURE_TOPICS_FILE, TAXONOMY_FILE } from './topics.ts';
import { buildSample, problemsOf, withoutProblems } from '#tests/fixtures/sample-library.ts';

const library = buildSample();
const TAXONOMY = `categories:
  - id: organisation
    name: 组织体系
    nameEn: Organisation
    description: 说明。
    descriptionEn: About.
  - id: carbon
    name: 碳金融
    nameEn: Carbon finance
    description: 说明。
    descriptionEn: About.
topics:
  - id: institutions
    name: 金融机构
    nameEn: Institutions
    category: organisation
    description: 说明。
    descriptionEn: About.
  - id: carbon-account
    name: 碳账户
    nameEn: Carbon accounts
    category: carbon
    description: 说明。
    descriptionEn: About.
`;
const TAGS = `sample/1: [institutions]
sample/2: [carbon-account, institutions]
sample/3: [institutions]
`;

const problems = (taxonomy: string, tags: string) => problemsOf((p) => buildTopicIndex(taxonomy, tags, library, p));

describe('topic index', () => {
  it('lists the measures of each topic and the topics of each measure', () => {
    const index = withoutProblems((p) => buildTopicIndex(TAXONOMY, TAGS, library, p));
    expect(index.topics.find((t) => t.id === 'institutions')!.measures).toEqual(['sample/1', 'sample/2', 'sample/3']);
    expect(index.topicsOf.get('sample/2')).toEqual(['carbon-account', 'institutions']);
  });

  it('fails the build on a measure with no topic, naming the measure', () => {
    expect(problems(TAXONOMY, TAGS.replace('sample/3: [institutions]\n', ''))).toEqual([
      expect.stringMatching(new RegExp(`^${MEASURE_TOPICS_FILE}:\\d+ \\(sample/3\\): measure sample/3 has no topic`)),
    ]);
    expect(problems(TAXONOMY, TAGS.replace('sample/3: [institutions]', 'sample/3: []'))).toEqual([
      expect.stringMatching(new RegExp(`^${MEASURE_TOPICS_FILE}:3 \\(sample/3\\): a measure needs at least one topic`)),
    ]);
  });

  it('fails the build on an unknown topic, naming file, line and measure', () => {
    expect(problems(TAXONOMY, TAGS.replace('carbon-account, institutions', 'carbon-acount, institutions'))).toEqual([
      `${MEASURE_TOPICS_FILE}:2 (sample/2): unknown topic "carbon-acount"; found "carbon-acount"; expected a topic id from ${TAXONOMY_FILE}`,
    ]);
  });

  it('fails on an unknown measure id and on an unknown category', () => {
    expect(problems(TAXONOMY, `${TAGS}sample/9: [institutions]\n`)).toEqual([
      expect.stringContaining(':4 (sample/9): unknown measure id "sample/9"'),
    ]);
    expect(problems(TAXONOMY.replace('category: carbon', 'category: carbn'), TAGS)).toEqual([
      `${TAXONOMY_FILE}:22 (topics.1.category): unknown category for topic carbon-account; found "carbn"; expected one of organisation, carbon`,
    ]);
  });

  it('fails on a topic entry missing its English label', () => {
    expect(problems(TAXONOMY.replace('    nameEn: Institutions\n', ''), TAGS)).toEqual([
      `${TAXONOMY_FILE}:13 (topics.0.nameEn): missing field nameEn; found nothing; expected text (English label, e.g. Carbon accounts.)`,
    ]);
  });
});
