import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { orSuggestion, otherTerms } from './hints.ts';
import { matches, parseQuery } from './query.ts';
import { relatedTopicData } from './related.ts';

// Read once, outside the tests' time (reading and checking content/ takes seconds on a loaded machine).
const { library, topics: index } = loadContent();
const topics = relatedTopicData(index);

describe('search hints', () => {
  it('offers the OR form of terms joined by 或 without spaces', () => {
    expect(orSuggestion('碳账户或碳普惠')).toBe('碳账户 | 碳普惠');
    expect(orSuggestion('绿色信贷 碳账户或碳普惠')).toBe('绿色信贷 碳账户 | 碳普惠');
    // A free-standing 或 already means OR; a quoted phrase and a one-character part are left alone.
    expect(orSuggestion('碳账户 或 碳普惠')).toBeNull();
    expect(orSuggestion('"碳账户或碳普惠"')).toBeNull();
    expect(orSuggestion('或者')).toBeNull();
  });

  it('offers 绿色信贷 for 绿色贷款, and the other term finds more measures in the plans', () => {
    const count = (q: string) => library.measures.filter((m) => matches(m.text, parseQuery(q))).length;
    const offered = otherTerms(parseQuery('绿色贷款'), topics);
    expect(offered).toContain('绿色信贷');
    expect(offered).not.toContain('绿色贷款');
    expect(count('绿色信贷')).toBeGreaterThan(count('绿色贷款'));
  });
});
