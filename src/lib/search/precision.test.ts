import { describe, expect, it } from 'vitest';
import { excerpt, fold, highlight, occurrences, termRanges } from './precision.ts';

describe('fold and occurrences', () => {
  it('fold width, Latin case and white space, as every query form compares text', () => {
    expect(fold('将 ESG（环境）理念\n运用')).toBe('将esg(环境)理念运用');
    expect(fold('到 2025 年')).toBe('到2025年');
  });

  it('count every occurrence, overlapping ones included', () => {
    expect(occurrences(fold('碳账户，碳账户'), '碳账户')).toBe(2);
    expect(occurrences('aaa', 'aa')).toBe(2);
    expect(occurrences('碳', '')).toBe(0);
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
