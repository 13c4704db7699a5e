import { describe, expect, it } from 'vitest';
import { firstThenCount, message, messageHtml, nameFirstThenCount } from './catalogue.ts';

describe('message catalogue', () => {
  it('fills every {name} and refuses a missing value', () => {
    expect(message('list.count', { count: 5, unit: '份' })).toBe('等 5 份');
    expect(() => message('list.count', { unit: '份' })).toThrow(/no value for \{count\}/);
  });

  it('names the first items and counts all of them, or writes a short list out whole', () => {
    const plans = ['潼南', '沙坪坝', '荣昌', '攀枝花'];
    expect(nameFirstThenCount(plans, 2, '份')).toBe('潼南、沙坪坝等 4 份');
    expect(nameFirstThenCount(plans, 4, '份')).toBe('潼南、沙坪坝、荣昌、攀枝花');
  });
});

describe('markup messages', () => {
  it('escapes every value, and refuses an id that is not a markup message', () => {
    expect(messageHtml('data.feed.html', { feed: '/x"><script>' })).toContain('href="/x&quot;&gt;&lt;script&gt;"');
    expect(() => messageHtml('list.count' as 'data.feed.html', { count: 1, unit: '份' })).toThrow(
      /not a markup message/,
    );
  });

  it('counts a shortened list of links', () => {
    expect(firstThenCount(['a', 'b', 'c'], 2, '处')).toEqual({ shown: ['a', 'b'], count: '等 3 处' });
    expect(firstThenCount(['a'], 2, '处')).toEqual({ shown: ['a'], count: null });
  });
});

describe('plural choices', () => {
  it('picks the English form for the count, and keeps the value in place of #', async () => {
    const { fillMessage } = await import('./format.ts');
    const template = '{count, plural, one {# measure} other {# measures}} in {plan}';
    expect(fillMessage('x', template, { count: 1, plan: 'Tongnan' }, 'en')).toBe('1 measure in Tongnan');
    expect(fillMessage('x', template, { count: 3, plan: 'Tongnan' }, 'en')).toBe('3 measures in Tongnan');
    expect(fillMessage('x', '{n, plural, =0 {none} other {# left}}', { n: 0 }, 'en')).toBe('none');
    expect(() => fillMessage('x', template, { count: 2 }, 'en')).toThrow(/no value for \{plan\}/);
  });
});
