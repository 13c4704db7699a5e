/**
 * The built Pagefind index, queried from Node the way the search page queries it: for each query
 * — single terms, OR, phrases, exclusions and their combinations — the results are exactly the
 * measures and plan-text sections that satisfy it. The expected set is computed here from the
 * content (search-expectations.ts), never written down.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContent } from '#lib/build/load.ts';
import { runSearch, type PagefindLike, type SearchOutcome, type SearchState } from '#lib/search/engine.ts';
import { RecordLoader, SHARD_DIR, MANIFEST_FILE, type ShardManifest } from '#lib/search/shards.ts';
import { pagefindFromDist, recordLoaderFromDist, recordOrderFromDist } from '#tests/pagefind-node.ts';
import { DIST, requireBuild } from '#tests/built-site.ts';
import { expectedFor, expectedResults as expected, searchable } from '#tests/search-expectations.ts';

const library = loadContent().library;

let pagefind: PagefindLike;
const loader = () => recordLoaderFromDist();
beforeAll(async () => {
  requireBuild();
  pagefind = await pagefindFromDist();
});

const state = (query: string, more: Partial<SearchState> = {}): SearchState => ({
  query,
  filters: {},
  measuresOnly: false,
  ...more,
});

/** Every record the search returns, annex tasks shown under their measure included. */
const flat = (outcome: SearchOutcome) =>
  outcome.hits
    .flatMap((h) => [h, ...h.tasks])
    .map((h) => h.url)
    .sort();

async function found(s: SearchState): Promise<string[]> {
  return flat(await runSearch(pagefind, s, loader()));
}

/** Terms taken from the plans, chosen for their shape; which results they should give is computed. */
const TERMS = {
  twoCharacters: ['林权', '洗绿', '漂绿', '碳汇', '绿色'],
  sixOrMore: ['长江绿融通', '碳减排支持工具', '环境污染责任保险', '支持煤炭清洁高效利用专项再贷款'],
  latin: ['ESG', 'PPP', 'CCUS', 'esg'],
  onePlanOnly: ['柠檬', '钒钛', '川碳快贴'],
  planTextOutsideMeasures: ['森林覆盖率', '此件公开发布', '抄送', '台账管理'],
  units: ['区财政局', '人行永川分行'],
  nowhere: ['量子计算', '碳中和债券基金'],
};

describe('search finds every measure that uses a term, and only those', () => {
  for (const [shape, terms] of Object.entries(TERMS)) {
    it.each(terms)(`${shape}: %s`, async (term) => {
      const want = expected([term]);
      if (shape === 'nowhere') expect(want).toEqual([]);
      else expect(want.length).toBeGreaterThan(0);
      if (shape === 'onePlanOnly') expect(new Set(want.map((u) => u.split('/')[2])).size).toBe(1);
      expect(await found(state(term))).toEqual(want);
    });
  }

  it('requires every term of a several-term query', async () => {
    const terms = ['碳账户', '长江绿融通'];
    const want = expected(terms);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(expected([terms[0]!]).length);
    expect(await found(state(terms.join(' ')))).toEqual(want);
  });
});

describe('OR, phrases, exclusions and their combinations', () => {
  const cases: [string, Parameters<typeof expectedFor>[0]][] = [
    ['绿色保险 | 环境污染责任保险', [{ anyOf: ['绿色保险', '环境污染责任保险'] }]],
    ['碳汇 或 林权 或 碳普惠', [{ anyOf: ['碳汇', '林权', '碳普惠'] }]],
    ['"绿色 保险"', [{ anyOf: ['绿色保险'] }]],
    ['“碳减排 支持工具”', [{ anyOf: ['碳减排支持工具'] }]],
    ['绿色保险 -环境污染责任保险', [{ anyOf: ['绿色保险'] }, { anyOf: ['环境污染责任保险'], exclude: true }]],
    [
      '碳 -碳排放 -碳减排',
      [{ anyOf: ['碳'] }, { anyOf: ['碳排放'], exclude: true }, { anyOf: ['碳减排'], exclude: true }],
    ],
    [
      '林权|碳汇 "区财政局" -生态旅游',
      [{ anyOf: ['林权', '碳汇'] }, { anyOf: ['区财政局'] }, { anyOf: ['生态旅游'], exclude: true }],
    ],
    ['ESG|信息披露 -"环境 信息披露"', [{ anyOf: ['esg', '信息披露'] }, { anyOf: ['环境信息披露'], exclude: true }]],
  ];
  it.each(cases)('%s', async (query, clauses) => {
    const want = expectedFor(clauses);
    expect(want.length).toBeGreaterThan(0);
    // Each operator must matter: the query without its last clause finds a different set.
    if (clauses.length > 1) expect(expectedFor(clauses.slice(0, -1))).not.toEqual(want);
    expect(await found(state(query))).toEqual(want);
  });

  it('a query of exclusions only runs nothing', async () => {
    expect(await found(state('-绿色'))).toEqual([]);
  });
});

describe('order, grouping and counts', () => {
  it('lists measures first, those naming the term in their title first, then plan text', async () => {
    const outcome = await runSearch(pagefind, state('绿色金融'), loader());
    const kinds = outcome.hits.map((h) => h.kind);
    expect(kinds.indexOf('text')).toBeGreaterThan(kinds.lastIndexOf('measure'));
    const inTitle = outcome.hits.filter((h) => h.kind === 'measure').map((h) => h.title.includes('绿色金融'));
    expect(inTitle).toEqual([...inTitle].sort((a, b) => Number(b) - Number(a)));
    expect(inTitle.some(Boolean)).toBe(true);
  });

  it('shows an annex task under its measure when both match, counted once', async () => {
    const term = '绿色保险';
    const all = expected([term]);
    const nested = searchable.filter((r) => r.parent && all.includes(r.url) && all.includes(r.parent));
    expect(nested.length).toBeGreaterThan(0);
    const outcome = await runSearch(pagefind, state(term), loader());
    for (const task of nested) {
      expect(outcome.hits.map((h) => h.url)).not.toContain(task.url);
      expect(outcome.hits.find((h) => h.url === task.parent)!.tasks.map((t) => t.url)).toContain(task.url);
    }
    expect(outcome.hits.length).toBe(all.length - nested.length);
    const perPlan = Object.fromEntries(
      library.plans
        .map((p) => [p.slug, outcome.hits.filter((h) => h.url.startsWith(`/plans/${p.slug}/`)).length] as const)
        .filter(([, n]) => n > 0),
    );
    expect(outcome.perPlan).toEqual(perPlan);
  });

  it('只看举措 leaves out plan text, except tasks shown under their measure', async () => {
    const outcome = await runSearch(pagefind, state('森林覆盖率 | 碳汇', { measuresOnly: true }), loader());
    expect(outcome.hits.map((h) => h.url).sort()).toEqual(
      expectedFor([{ anyOf: ['森林覆盖率', '碳汇'] }], (r) => r.kind === 'measure'),
    );
  });

  it('excerpts hold plan words only: the excerpt of a measure cut short in the source ends where the source does', async () => {
    const truncated = library.measures.find((m) => m.truncated)!;
    const last = truncated.paragraphs.at(-1)!;
    const outcome = await runSearch(pagefind, state(`"${last.slice(-6)}"`), loader());
    const hit = outcome.hits.find((h) => h.id === truncated.id)!;
    expect(hit.excerpt.map((p) => p.text).join('')).toMatch(new RegExp(`${last.slice(-6)}$`));
  });
});

describe('filters', () => {
  it('narrow to one plan', async () => {
    const plan = library.plans.find((p) => p.meta.level === 'district-plan')!.slug;
    expect(await found(state('碳', { filters: { plan } }))).toEqual(expected(['碳'], (r) => r.plan === plan));
  });

  it('narrow to a region and a level', async () => {
    const sichuan = library.plans.filter((p) => p.meta.region.province.startsWith('四川')).map((p) => p.slug);
    expect(sichuan.length).toBeGreaterThan(0);
    expect(await found(state('绿色低碳', { filters: { region: '四川' } }))).toEqual(
      expected(['绿色低碳'], (r) => sichuan.includes(r.plan)),
    );
    const districts = library.plans.filter((p) => p.meta.level === 'district-plan').map((p) => p.slug);
    expect(await found(state('森林覆盖率', { filters: { level: 'district-plan' } }))).toEqual(
      expected(['森林覆盖率'], (r) => districts.includes(r.plan)),
    );
  });

  it('narrow to a topic category (measures only)', async () => {
    expect(await found(state('碳', { filters: { category: 'carbon' } }))).toEqual(
      expected(['碳'], (r) => r.categories.includes('carbon')),
    );
  });
});

describe('what the precision step fetches', () => {
  it('is bounded by the number of shards however common the term, and is the own records of a rare one', async () => {
    const manifest = JSON.parse(await readFile(join(DIST, SHARD_DIR, MANIFEST_FILE), 'utf8')) as ShardManifest;
    const fetched: string[] = [];
    const counting = new RecordLoader(async (path) => {
      fetched.push(path);
      return new Response(await readFile(join(DIST, path)));
    }, recordOrderFromDist);
    const common = await runSearch(pagefind, state('绿色'), counting);
    expect(common.candidates).toBeGreaterThan(2 ** manifest.bits);
    expect(fetched.filter((p) => p.endsWith('.pf_text')).length).toBeLessThanOrEqual(2 ** manifest.bits);
    expect(flat(common)).toEqual(expected(['绿色']));

    fetched.length = 0;
    const fresh = new RecordLoader(async (path) => {
      fetched.push(path);
      return new Response(await readFile(join(DIST, path)));
    }, recordOrderFromDist);
    const rare = await runSearch(pagefind, state('川碳快贴'), fresh);
    expect(rare.candidates).toBeLessThan(2 ** manifest.bits);
    expect(fetched.filter((p) => p.endsWith('.pf_text'))).toHaveLength(rare.candidates);
    expect(fetched.every((p) => p.endsWith('manifest.json') || p.startsWith(`${SHARD_DIR}r/`))).toBe(true);
  });
});
