import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { percent } from '#lib/site/format.ts';
import type { Alignment, ReuseEntry } from './alignment.ts';
import {
  NEARLY_NO_SHARED_TEXT,
  reuseCell,
  reuseFindings,
  reuseHeatmap,
  reusePage,
  topReusePartners,
} from './reuse-views.ts';
import { hasPairPage, indexCounterparts } from '#lib/compare/views.ts';
import { comparePath } from '#lib/site/paths.ts';

const { library, translations } = loadContent();
const slugs = library.plans.map((p) => p.slug);
const name = (slug: string) => library.plan(slug).meta.shortName;

/** An alignment whose reuse shares are given by `share`; only the fields the views read. */
function alignmentWith(share: (from: string, to: string) => number): Alignment {
  const reuse = slugs.flatMap((from) =>
    slugs
      .filter((to) => to !== from)
      .map((to) => ({ from, to, characters: 1000, shared: 0, generic: 0, share: share(from, to), genericShare: 0 })),
  );
  const reuseAnyOther = slugs.map((plan, i) => ({ plan, characters: 1000, shared: 0, share: (i + 1) / 10 }));
  return { reuse, reuseAnyOther } as unknown as Alignment;
}

const peer = library.plans.find((p) => p.meta.region.province !== library.plans[0]!.meta.region.province)!;

describe('the findings on /reuse/', () => {
  it('name the pair with the most text in common, with its share', () => {
    const [a, b] = [slugs[1]!, slugs[2]!];
    const findings = reuseFindings(
      library,
      alignmentWith((from, to) => (from === a && to === b ? 0.5 : 0.1)),
    );
    expect(findings[0]).toBe(`重合最多的是：${name(a)}方案 ${percent(0.5)} 的举措文字也出现在${name(b)}方案中。`);
  });

  it('say the districts share almost no text with the plan from another province only below the threshold', () => {
    const below = reuseFindings(
      library,
      alignmentWith(() => NEARLY_NO_SHARED_TEXT - 0.001),
    );
    const at = reuseFindings(
      library,
      alignmentWith(() => NEARLY_NO_SHARED_TEXT),
    );
    const aboutPeer = (findings: string[]) => findings.find((f) => f.startsWith(`与省外的${peer.meta.shortName}`))!;
    expect(aboutPeer(below).endsWith('，几乎没有共同文字。')).toBe(true);
    expect(aboutPeer(at).endsWith('，几乎没有共同文字。')).toBe(false);
  });

  it('draw every ordered pair of plans in the heat map, leaving the diagonal empty', () => {
    const geometry = reuseHeatmap(
      library,
      alignmentWith(() => 0.25),
    );
    const filled = geometry.cells.filter((c) => c.text !== '');
    expect(filled).toHaveLength(slugs.length * (slugs.length - 1));
    expect(filled.every((c) => c.row !== c.column && c.text === percent(0.25, 0))).toBe(true);
  });
});

const entry = (from: string, to: string, shared: number, characters = 100): ReuseEntry => ({
  from,
  to,
  characters,
  shared,
  generic: 0,
  share: shared / characters,
  genericShare: 0,
});

const sparse = {
  reuse: [entry('a', 'b', 10), entry('a', 'c', 30), entry('a', 'd', 20), entry('b', 'a', 10, 50)],
  reuseAnyOther: [
    { plan: 'a', characters: 100, shared: 40, share: 0.4 },
    { plan: 'b', characters: 50, shared: 10, share: 0.2 },
    { plan: 'c', characters: 80, shared: 0, share: 0 },
  ],
} as unknown as Alignment;

describe('reuse lookups', () => {
  it('reads a listed pair, and a pair the alignment does not list as sharing nothing', () => {
    expect(reuseCell(sparse, 'a', 'c')!.shared).toBe(30);
    expect(reuseCell(sparse, 'c', 'a')).toMatchObject({ characters: 80, shared: 0, share: 0 });
    expect(reuseCell(sparse, 'a', 'a')).toBeUndefined();
  });

  it('ranks the plans a text is most found in, highest share first', () => {
    const expected = sparse.reuse
      .filter((c) => c.from === 'a')
      .sort((x, y) => y.share - x.share)
      .slice(0, 2)
      .map((c) => c.to);
    expect(topReusePartners(sparse, 'a', 2).map((c) => c.to)).toEqual(expected);
    expect(topReusePartners(sparse, 'c', 3)).toEqual([]);
  });
});

describe('the reuse page', () => {
  const [a, b] = [slugs[0]!, slugs[1]!];
  const alignment = {
    ...alignmentWith((from, to) => (from === a && to === b ? 0.5 : 0.1)),
    parameters: { minRun: 8 },
  } as unknown as Alignment;
  const counterpartIndex = indexCounterparts({ plans: slugs, links: [], pairs: [] }, () => []);

  it('has a matrix row per plan, the diagonal empty, and each cell linking its pair’s compare page', () => {
    const page = reusePage({ library, alignment, counterpartIndex, translations });
    expect(page.perPlan).toBeNull();
    const rows = page.matrix!.table.rows;
    expect(rows).toHaveLength(slugs.length);
    rows.forEach((row, i) => {
      expect(row.cells[i]).toBeNull();
      expect(row.cells.filter((c) => c !== null)).toHaveLength(slugs.length - 1);
    });
    expect(rows[0]!.cells[1]!.share).toBe(percent(0.5));
    const linked = rows[0]!.cells[1]!.link;
    expect(linked?.href ?? null).toBe(
      hasPairPage(counterpartIndex, a, b) ? comparePath(a, b, counterpartIndex.plans) : null,
    );
    expect(page.method.steps.join('')).toContain('8');
  });
});

describe('the reuse page in English', () => {
  const alignment = {
    ...alignmentWith(() => 0.1),
    parameters: { minRun: 8 },
  } as unknown as Alignment;
  const counterpartIndex = indexCounterparts({ plans: slugs, links: [], pairs: [] }, () => []);

  it('names the plans in English and links to English pages', () => {
    const page = reusePage({ library, alignment, counterpartIndex, translations }, 'en');
    const english = slugs.map((slug) => translations.bySlug.get(slug)!.shortName);
    const text = JSON.stringify({ findings: page.findings, table: page.matrix!.table, method: page.method });
    expect(/\p{Script=Han}/u.test(text)).toBe(false);
    for (const name of english) expect(text).toContain(name);
    const links = [page.matrix!.after.link.href, page.method.more.topics.href];
    for (const row of page.matrix!.table.rows) for (const cell of row.cells) if (cell?.link) links.push(cell.link.href);
    for (const href of links) expect(href.startsWith('/en/'), href).toBe(true);
  });
});
