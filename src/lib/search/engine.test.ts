import { describe, expect, it } from 'vitest';
import {
  runSearch,
  searchStateFromUrl,
  searchStateToUrl,
  type PagefindLike,
  type PagefindResultData,
  type SearchState,
} from './engine.ts';

/** A stand-in for Pagefind that, like Pagefind, returns everything sharing any character with the query. */
function fakePagefind(records: PagefindResultData[], seen: string[] = []): PagefindLike {
  return {
    async search(query: string) {
      seen.push(query);
      const chars = [...query.replace(/\s/g, '')];
      return {
        results: records
          .map((r, i) => ({ id: `zh-CN_${i}`, data: async () => r }))
          .filter((_, i) => chars.some((c) => records[i]!.content.includes(c))),
      };
    },
  };
}

const record = (url: string, content: string, meta: Record<string, string>, plan = url.split('/')[2]!) => ({
  url,
  content,
  meta: { kind: 'measure', id: url, number: '', ...meta },
  filters: { plan: [plan], region: [plan === 'b' ? '四川' : '重庆'] },
});

const records: PagefindResultData[] = [
  record('/plans/b/2/', '严格防范“洗绿”“漂绿”等风险行为', {
    title: '第2条 防范风险',
    plan: '乙',
    order: '01-0002-000',
  }),
  record('/plans/a/#s1-1', '推动绿色金融发展，洗衣', {
    title: '（一）',
    plan: '甲',
    order: '00-0001-000',
    kind: 'text',
  }),
  record('/plans/a/5/', '防范“洗绿”风险，洗绿必究', { title: '第5条 防范', plan: '甲', order: '00-0009-000' }),
  record('/plans/a/6/', '防范洗绿', { title: '第6条 防范洗绿', plan: '甲', order: '00-0010-000' }),
  record('/plans/a/#task-3', '防范洗绿 区金融办', {
    title: '附件 任务 3',
    plan: '甲',
    order: '00-0020-003',
    kind: 'text',
    parent: '/plans/a/6/',
  }),
  record('/plans/a/#task-4', '漂绿 区金融办', {
    title: '附件 任务 4',
    plan: '甲',
    order: '00-0020-004',
    kind: 'text',
    parent: '/plans/a/9/',
  }),
];

const state = (query: string, more: Partial<SearchState> = {}): SearchState => ({
  query,
  filters: {},
  measuresOnly: false,
  ...more,
});
const urls = async (s: SearchState) => (await runSearch(fakePagefind(records), s)).hits.map((h) => h.url);

describe('runSearch', () => {
  it('keeps only results satisfying the query, measures by relevance (title, frequency, order), then text', async () => {
    const outcome = await runSearch(fakePagefind(records), state('洗绿'));
    expect(outcome.candidates).toBe(6);
    // 第6条 has the term in its title; 第5条 has it twice; 乙 第2条 once.
    expect(outcome.hits.map((h) => h.url)).toEqual(['/plans/a/6/', '/plans/a/5/', '/plans/b/2/']);
    expect(outcome.hits[1]!.excerpt.filter((p) => p.match).map((p) => p.text)).toEqual(['洗绿', '洗绿']);
  });

  it('shows an annex task under its measure, not as a result of its own', async () => {
    const outcome = await runSearch(fakePagefind(records), state('洗绿'));
    expect(outcome.hits.find((h) => h.url === '/plans/a/6/')!.tasks.map((t) => t.url)).toEqual(['/plans/a/#task-3']);
    expect(outcome.perPlan).toEqual({ a: 2, b: 1 });
    // A task whose measure is not a result stands as a text result.
    expect(await urls(state('漂绿'))).toEqual(['/plans/b/2/', '/plans/a/#task-4']);
  });

  it('runs OR, phrases and exclusions, asking Pagefind once per term it needs', async () => {
    const seen: string[] = [];
    const outcome = await runSearch(fakePagefind(records, seen), state('洗衣 | 漂绿 -风险'));
    expect(outcome.hits.map((h) => h.url)).toEqual(['/plans/a/#s1-1', '/plans/a/#task-4']);
    expect(seen).toEqual(['洗衣', '漂绿']);
    expect(await urls(state('"防范 洗绿"'))).toEqual(['/plans/a/6/']);
    expect(await urls(state('-洗绿'))).toEqual([]);
  });

  it('filters measures only, and by plan while counting every plan', async () => {
    expect(await urls(state('漂绿', { measuresOnly: true }))).toEqual(['/plans/b/2/']);
    const outcome = await runSearch(fakePagefind(records), state('洗绿', { filters: { plan: 'b' } }));
    expect(outcome.hits.map((h) => h.url)).toEqual(['/plans/b/2/']);
    expect(outcome.perPlan).toEqual({ a: 2, b: 1 });
    expect(await urls(state('洗绿', { filters: { region: '重庆' } }))).toEqual(['/plans/a/6/', '/plans/a/5/']);
  });

  it('does not search for an empty query', async () => {
    const seen: string[] = [];
    expect((await runSearch(fakePagefind(records, seen), state('  '))).hits).toEqual([]);
    expect(seen).toEqual([]);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and 只看举措, so a search can be shared', () => {
    const s = {
      query: '碳账户 | "ESG 理念" -保险',
      filters: { plan: 'rongchang', category: 'carbon' },
      measuresOnly: true,
    };
    expect(searchStateFromUrl(searchStateToUrl(s))).toEqual(s);
    expect(searchStateFromUrl('?q=%E7%A2%B3&unknown=1&plan=')).toEqual({
      query: '碳',
      filters: {},
      measuresOnly: false,
    });
  });

  it('keeps markup and quotes in a query as text', () => {
    const query = '"><script>alert(1)</script>';
    expect(searchStateFromUrl(searchStateToUrl(state(query))).query).toBe(query);
  });
});
