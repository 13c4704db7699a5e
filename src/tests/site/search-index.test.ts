/**
 * The built Pagefind index, queried from Node the way the search page queries it: for each term,
 * the final results are exactly the measures and plan-text sections whose text contains it —
 * the expected set is computed here from the content, never written down.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '#lib/content/load.ts';
import { runSearch, type PagefindLike, type SearchState } from '#lib/search/engine.ts';
import { pagefindFromDist } from '#tests/pagefind-node.ts';
import { requireBuild } from '#tests/built-site.ts';
import { expectedResults as expected } from '#tests/search-expectations.ts';

const library = loadLibrary();

let pagefind: PagefindLike;
beforeAll(async () => {
  requireBuild();
  pagefind = await pagefindFromDist();
});

async function found(state: SearchState): Promise<string[]> {
  return (await runSearch(pagefind, state)).hits.map((h) => h.url).sort();
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
      expect(await found({ query: term, filters: {} })).toEqual(want);
    });
  }

  it('requires every term of a several-term query', async () => {
    const terms = ['碳账户', '长江绿融通'];
    const want = expected(terms);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(expected([terms[0]!]).length);
    expect(await found({ query: terms.join(' '), filters: {} })).toEqual(want);
  });
});

describe('filters', () => {
  it('narrow to one plan', async () => {
    const plan = library.plans.find((p) => p.meta.level === 'district-plan')!.slug;
    expect(await found({ query: '碳', filters: { plan } })).toEqual(expected(['碳'], (r) => r.plan === plan));
  });

  it('narrow to a region and a level', async () => {
    const sichuan = library.plans.filter((p) => p.meta.region.province.startsWith('四川')).map((p) => p.slug);
    expect(sichuan.length).toBeGreaterThan(0);
    expect(await found({ query: '绿色低碳', filters: { region: '四川' } })).toEqual(
      expected(['绿色低碳'], (r) => sichuan.includes(r.plan)),
    );
    const districts = library.plans.filter((p) => p.meta.level === 'district-plan').map((p) => p.slug);
    expect(await found({ query: '森林覆盖率', filters: { level: 'district-plan' } })).toEqual(
      expected(['森林覆盖率'], (r) => districts.includes(r.plan)),
    );
  });

  it('narrow to a topic category (measures only)', async () => {
    expect(await found({ query: '碳', filters: { category: 'carbon' } })).toEqual(
      expected(['碳'], (r) => r.categories.includes('carbon')),
    );
  });
});
