import { describe, expect, it } from 'vitest';
import { relatedTopicData, relatedTopics } from './related.ts';
import { parseQuery } from './query.ts';
import { loadContent } from '#lib/build/load.ts';
import { topicPath } from '#lib/site/paths.ts';

const topics = loadContent().topics;
const data = relatedTopicData(topics);

describe('relatedTopics', () => {
  it('offers the topic an alias names, with its measure count from the taxonomy', () => {
    const credit = topics.topics.find((t) => t.aliases?.includes('绿色贷款'))!;
    expect(credit).toBeDefined();
    const found = relatedTopics(parseQuery('绿色贷款'), data);
    expect(found.map((t) => t.id)).toEqual([credit.id]);
    expect(found[0]!.measures).toBe(credit.measures.length);
    expect(found[0]!.url).toBe(topicPath(credit.id));
  });

  it('reads every alternative but not excluded terms, and offers nothing for a common word', () => {
    const named = (alias: string) => topics.topics.find((t) => t.aliases?.includes(alias))!.id;
    const a = relatedTopics(parseQuery('碳配额 | 排污权抵押'), data).map((t) => t.id);
    expect(a).toContain(named('碳配额'));
    expect(a).toContain(named('排污权抵押'));
    expect(relatedTopics(parseQuery('林权 -碳配额'), data).map((t) => t.id)).not.toContain(named('碳配额'));
    expect(relatedTopics(parseQuery('绿色'), data)).toEqual([]);
  });
});
