import { describe, expect, it } from 'vitest';
import {
  runSearch,
  searchStateFromUrl,
  searchStateToUrl,
  type PagefindLike,
  type PagefindResultData,
} from './engine.ts';

/** A stand-in for Pagefind that, like Pagefind, returns everything sharing any character with the query. */
function fakePagefind(records: PagefindResultData[], seen: { query?: string; filters?: object } = {}): PagefindLike {
  return {
    async search(query, options) {
      seen.query = query;
      seen.filters = options?.filters;
      const chars = [...query.replace(/\s/g, '')];
      return {
        results: records.filter((r) => chars.some((c) => r.content.includes(c))).map((r) => ({ data: async () => r })),
      };
    },
  };
}

const records: PagefindResultData[] = [
  {
    url: '/plans/b/2/',
    content: '严格防范“洗绿”“漂绿”等风险行为',
    meta: { title: '第2条', plan: '乙', order: '01-0002-000', kind: 'measure' },
  },
  {
    url: '/plans/a/#s1-1',
    content: '推动绿色金融发展，洗衣',
    meta: { title: '（一）', plan: '甲', order: '00-0001-000', kind: 'text' },
  },
  {
    url: '/plans/a/5/',
    content: '防范“洗绿”风险',
    meta: { title: '第5条', plan: '甲', order: '00-0009-000', kind: 'measure' },
  },
];

describe('runSearch', () => {
  it('keeps only results containing the query, in reading order, with the term marked', async () => {
    const outcome = await runSearch(fakePagefind(records), { query: '洗绿', filters: {} });
    expect(outcome.candidates).toBe(3);
    expect(outcome.hits.map((h) => h.url)).toEqual(['/plans/a/5/', '/plans/b/2/']);
    expect(outcome.hits[0]!.excerpt.filter((p) => p.match).map((p) => p.text)).toEqual(['洗绿']);
    expect(outcome.hits[0]!.kind).toBe('measure');
  });

  it('passes filters to Pagefind and ignores empty ones', async () => {
    const seen: { query?: string; filters?: object } = {};
    await runSearch(fakePagefind(records, seen), { query: ' 洗绿  风险 ', filters: { plan: 'a', region: '' } });
    expect(seen).toEqual({ query: '洗绿 风险', filters: { plan: 'a' } });
  });

  it('does not search for an empty query', async () => {
    const seen: { query?: string } = {};
    expect((await runSearch(fakePagefind(records, seen), { query: '  ', filters: {} })).hits).toEqual([]);
    expect(seen.query).toBeUndefined();
  });
});

describe('search state in the URL', () => {
  it('round-trips query and filters, so a search can be shared', () => {
    const state = { query: '碳账户 ESG', filters: { plan: 'rongchang', category: 'carbon' } };
    expect(searchStateFromUrl(searchStateToUrl(state))).toEqual(state);
    expect(searchStateFromUrl('?q=%E7%A2%B3&unknown=1&plan=')).toEqual({ query: '碳', filters: {} });
  });

  it('keeps markup and quotes in a query as text', () => {
    const query = '"><script>alert(1)</script>';
    expect(searchStateFromUrl(searchStateToUrl({ query, filters: {} })).query).toBe(query);
  });
});
