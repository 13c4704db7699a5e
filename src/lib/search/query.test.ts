import { describe, expect, it } from 'vitest';
import { describeQuery, highlightTerms, isRunnable, matches, parseQuery, termFrequency } from './query.ts';
import { fold } from './precision.ts';

const shape = (query: string) =>
  parseQuery(query).clauses.map((c) => `${c.excluded ? '-' : ''}${c.alternatives.map((a) => a.folded).join('|')}`);

describe('parseQuery', () => {
  it('reads a space as AND, | and a free-standing 或 as OR, binding tighter than the space', () => {
    expect(shape('碳账户 碳普惠')).toEqual(['碳账户', '碳普惠']);
    expect(shape('绿色保险|环境污染责任保险 重庆')).toEqual(['绿色保险|环境污染责任保险', '重庆']);
    expect(shape('绿色保险 | 环境污染责任保险')).toEqual(['绿色保险|环境污染责任保险']);
    expect(shape('绿色保险 或 环境污染责任保险 或 巨灾保险')).toEqual(['绿色保险|环境污染责任保险|巨灾保险']);
    expect(shape('绿色保险 ｜ 碳汇')).toEqual(['绿色保险|碳汇']);
  });

  it('keeps 或 inside a word as a character', () => {
    expect(shape('或者 设立或引进')).toEqual(['或者', '设立或引进']);
  });

  it('reads quotes as one phrase, spaces, | and - included', () => {
    expect(shape('"绿色 金融" 碳')).toEqual(['绿色金融', '碳']);
    expect(shape('“洗绿|漂绿”')).toEqual(['洗绿|漂绿']);
    expect(parseQuery('"-碳"').clauses[0]!.excluded).toBe(false);
    expect(parseQuery('"绿色 金融').clauses[0]!.alternatives[0]).toMatchObject({ text: '绿色 金融', phrase: true });
  });

  it('reads a leading - as exclusion, of a term, a phrase or an OR group', () => {
    expect(shape('绿色 -保险')).toEqual(['绿色', '-保险']);
    expect(shape('绿色 -"绿色 保险"')).toEqual(['绿色', '-绿色保险']);
    expect(shape('绿色 -保险|基金')).toEqual(['绿色', '-保险|基金']);
    expect(shape('2021-2025 -')).toEqual(['2021-2025', '-']);
  });

  it('folds width, case and white space, and drops empty and repeated terms', () => {
    expect(shape('ＥＳＧ esg  ""  ESG|Esg')).toEqual(['esg']);
    expect(parseQuery('ＥＳＧ').clauses[0]!.alternatives[0]!.text).toBe('ＥＳＧ');
  });

  it('needs a clause that is not an exclusion to run', () => {
    expect(isRunnable(parseQuery('-保险'))).toBe(false);
    expect(isRunnable(parseQuery('  '))).toBe(false);
    expect(isRunnable(parseQuery('碳 -保险'))).toBe(true);
  });
});

describe('matches: the precision rule holds for every form', () => {
  const text = '推动碳账户体系建设，将 ESG 理念纳入“长江绿融通”系统；发展绿色保险。';
  const cases: [string, boolean][] = [
    ['碳账户', true],
    ['碳 账户', true], // two terms, both present
    ['"碳 账户"', true], // a phrase: white space is folded away
    ['账户碳', false],
    ['碳账户 环境污染责任保险', false],
    ['环境污染责任保险 | 绿色保险', true],
    ['环境污染责任保险 或 巨灾保险', false],
    ['碳账户 -保险', false],
    ['碳账户 -巨灾保险', true],
    ['碳账户 -巨灾保险|绿色保险', false],
    ['esg理念', true],
    ['ＥＳＧ', true],
    ['-巨灾保险', false],
  ];
  it.each(cases)('%s → %s', (query, expected) => {
    expect(matches(text, parseQuery(query))).toBe(expected);
  });
});

describe('relevance and description', () => {
  it('counts the occurrences of every term the text must contain', () => {
    expect(termFrequency(fold('碳账户，碳账户，绿色保险'), parseQuery('碳账户|绿色保险 -巨灾'))).toBe(3);
    expect(highlightTerms(parseQuery('碳账户|绿色保险 -巨灾'))).toEqual(['碳账户', '绿色保险']);
  });

  it('describes the query from the words as typed', () => {
    expect(describeQuery(parseQuery('（PPP）|碳汇 林权 -保险'))).toBe('“（PPP）”或“碳汇”和“林权”，不含“保险”');
  });
});
