import { describe, expect, it } from 'vitest';
import { containsAllTerms, excerpt, highlight, queryTerms, termRanges } from './precision.ts';

describe('queryTerms', () => {
  it('splits on any white space, folds width and case, drops repeats', () => {
    expect(queryTerms('  碳账户　ESG esg  ')).toEqual(['碳账户', 'esg']);
    expect(queryTerms('ＣＣＵＳ')).toEqual(['ccus']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('containsAllTerms', () => {
  it('needs the exact string, not its characters scattered (the bag-of-words failure)', () => {
    expect(containsAllTerms('严格防范“洗绿”“漂绿”等风险行为', ['洗绿'])).toBe(true);
    expect(containsAllTerms('推动绿色金融发展，清洗设备', ['洗绿'])).toBe(false);
    expect(containsAllTerms('碳减排支持工具、再贷款', ['减排贷款'])).toBe(false);
  });

  it('requires every term, ignoring white space, width and Latin case', () => {
    expect(containsAllTerms('将 ESG（环境）理念运用', ['esg', '理念'])).toBe(true);
    expect(containsAllTerms('将 ESG（环境）理念运用', ['esg', '碳账户'])).toBe(false);
    expect(containsAllTerms('到 2025 年', ['2025年'])).toBe(true);
    expect(containsAllTerms('任何文字', [])).toBe(false);
  });
});

describe('highlight', () => {
  it('marks exactly the occurrences, at their place in the original text', () => {
    expect(highlight('推动碳账户系统，碳账户数据', ['碳账户'])).toEqual([
      { text: '推动', match: false },
      { text: '碳账户', match: true },
      { text: '系统，', match: false },
      { text: '碳账户', match: true },
      { text: '数据', match: false },
    ]);
  });

  it('marks a match that spans white space in the text, and merges overlapping terms', () => {
    expect(termRanges('到 2025 年实现', ['2025年'])).toEqual([[2, 8]]);
    expect(termRanges('碳减排支持工具', ['碳减排', '减排支持'])).toEqual([[0, 5]]);
  });

  it('returns query text as text: markup in a query is never interpreted', () => {
    const pieces = highlight('原文<script>alert(1)</script>', ['<script>']);
    expect(pieces.find((p) => p.match)?.text).toBe('<script>');
  });
});

describe('excerpt', () => {
  it('cuts a long text around the first match, with ellipses', () => {
    const text = `${'甲'.repeat(200)}碳账户${'乙'.repeat(200)}`;
    const pieces = excerpt(text, ['碳账户'], 10);
    expect(pieces.map((p) => p.text).join('')).toBe(`…${'甲'.repeat(10)}碳账户${'乙'.repeat(10)}…`);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['碳账户']);
  });
});
