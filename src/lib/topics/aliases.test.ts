import { describe, expect, it } from 'vitest';
import { topicMatchesTerm } from './aliases.ts';

describe('topicMatchesTerm', () => {
  const topic = { name: '绿色信贷产品与服务', aliases: ['绿色信贷', '绿色贷款'] };
  it('matches a name, an alias, a term containing one, and a part of three characters or more', () => {
    expect(topicMatchesTerm(topic, '绿色贷款')).toBe(true);
    expect(topicMatchesTerm(topic, '绿色信贷产品')).toBe(true);
    expect(topicMatchesTerm(topic, '发放绿色贷款')).toBe(true);
    expect(topicMatchesTerm({ name: 'ESG理念与评价', aliases: ['ESG'] }, 'ｅｓｇ')).toBe(true);
  });
  it('does not match a common two-character part or an unrelated term', () => {
    expect(topicMatchesTerm(topic, '绿色')).toBe(false);
    expect(topicMatchesTerm(topic, '碳账户')).toBe(false);
    expect(topicMatchesTerm(topic, '  ')).toBe(false);
  });
});
