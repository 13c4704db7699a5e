import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { stableJson } from '#lib/content/stable-json.ts';
import {
  chronologicalPlans,
  computeCounterparts,
  COUNTERPART_PARAMETERS,
  linkKind,
  unrelatedPlans,
} from './counterparts.ts';
import { applyRedline } from './redline.ts';
import { CHANGE_KINDS } from './types.ts';
import { normalised, tokenize } from './tokens.ts';
import type { CounterpartLink, LinkKind } from './types.ts';

const library = loadContent().library;
const agencies = loadContent().agencies;
const names = loadContent().names;
const targets = loadContent().targets;
const inputs = { agencies, names, scale: loadContent().scale, targets };
const { counterparts, compared } = computeCounterparts(library, inputs);
const { links } = counterparts;
const measure = new Map(library.measures.map((m) => [m.id, m]));
const unrelated = unrelatedPlans(library);
const linkOf = (from: string, to: string): CounterpartLink | undefined =>
  links.find((l) => l.from === from && l.to === to);

/**
 * Hand-checked pairs: each was read in both plans. The reason says what a reader sees.
 */
const HAND_CHECKED: { from: string; to: string; kind: LinkKind; why: string }[] = [
  {
    from: 'tongnan/7',
    to: 'rongchang/7',
    kind: 'adapted',
    why: 'nearly the same text, but 荣昌 adds 我区 and turns 发挥 into 建立区政府…加大: not copied (照搬)',
  },
  // 荣昌 10 merges 潼南 10–13: 10's heading, 11's 三资转化 and 低碳城市 sentences, 12's 绿色工厂 sentences, 13's 1+N system.
  {
    from: 'tongnan/10',
    to: 'rongchang/10',
    kind: 'partial',
    why: '荣昌 10 keeps 潼南 10’s heading only; the body is replaced',
  },
  {
    from: 'tongnan/11',
    to: 'rongchang/10',
    kind: 'adapted',
    why: '潼南 11’s 三资转化 and 低碳城市 sentences, with 长江大保护 and 交通强国 added',
  },
  {
    from: 'tongnan/13',
    to: 'rongchang/10',
    kind: 'adapted',
    why: '潼南 13’s “1+N” system, reordered (绿色制造 first), closes 荣昌 10',
  },
  // The three district pairs: an adapted and a partial link in each.
  {
    from: 'tongnan/2',
    to: 'shapingba/2',
    kind: 'adapted',
    why: 'same provision (专营部门 of local finance firms), list of firms rewritten',
  },
  {
    from: 'tongnan/16',
    to: 'shapingba/8',
    kind: 'partial',
    why: 'only 潼南 16’s closing sentence (普惠金融, 专精特新) is in 沙坪坝 8',
  },
  {
    from: 'tongnan/18',
    to: 'rongchang/13',
    kind: 'adapted',
    why: 'green transport: the same list, 绿色港口 and 航电枢纽 dropped, an opening clause added',
  },
  {
    from: 'tongnan/22',
    to: 'rongchang/19',
    kind: 'partial',
    why: '潼南 22’s 环境权益 trading clauses carried into 荣昌’s 成渝双城 measure',
  },
  {
    from: 'shapingba/2',
    to: 'rongchang/2',
    kind: 'adapted',
    why: 'same sentence, 荣昌 lengthens the list of firms and adds 在荣',
  },
  { from: 'shapingba/7', to: 'rongchang/10', kind: 'partial', why: 'only the “1+N” clause of 沙坪坝 7 is in 荣昌 10' },
];

describe('counterparts on the real corpus', () => {
  it.each(HAND_CHECKED)('$from → $to is $kind ($why)', ({ from, to, kind }) => {
    expect(linkOf(from, to)?.kind).toBe(kind);
  });

  it('links 荣昌 10 to each of 潼南 10–13 (one measure merging four)', () => {
    const sources = links.filter((l) => l.to === 'rongchang/10' && l.from.startsWith('tongnan/')).map((l) => l.from);
    expect(sources).toEqual(['tongnan/10', 'tongnan/11', 'tongnan/12', 'tongnan/13']);
  });

  it('gives no link to 潼南 24 in 荣昌, nor to 荣昌 17 (碳账户) in 潼南', () => {
    expect(links.filter((l) => l.from === 'tongnan/24' && l.to.startsWith('rongchang/'))).toEqual([]);
    expect(links.filter((l) => l.to === 'rongchang/17' && l.from.startsWith('tongnan/'))).toEqual([]);
  });

  it('gives no link for shared names of national instruments alone (潼南 29 and 攀枝花 三（四）2)', () => {
    // Both name 碳减排支持工具 and 支持煤炭清洁高效利用专项再贷款; nothing else of 攀枝花's measure is 潼南's.
    expect(linkOf('tongnan/29', 'panzhihua/3.4.2')).toBeUndefined();
    expect(linkOf('tongnan/29', 'rongchang/25')?.kind).toBe('adapted');
  });

  it('links only from an earlier plan to a later one, in a stable order', () => {
    const order = chronologicalPlans(library);
    expect(order).toEqual(['chongqing', 'tongnan', 'shapingba', 'rongchang', 'panzhihua']);
    const rank = (id: string) => order.indexOf(measure.get(id)!.plan);
    for (const l of links) expect(rank(l.from), `${l.from} → ${l.to}`).toBeLessThan(rank(l.to));
    const position = (id: string) => library.measures.findIndex((m) => m.id === id);
    const keys = links.map((l) => [rank(l.from), position(l.from), rank(l.to), position(l.to)]);
    const sorted = [...keys].sort((x, y) => x.reduce((d, v, i) => d || v - y[i]!, 0));
    expect(keys).toEqual(sorted);
  });

  it('gives every link a kind that follows from its shares, shares rounded to 3 decimals in 0–1', () => {
    for (const l of links) {
      for (const share of [l.fromShare, l.toShare]) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        expect(Math.round(share * 1000) / 1000).toBe(share);
      }
      const pair = `${measure.get(l.from)!.plan}|${measure.get(l.to)!.plan}`;
      expect(l.kind, `${l.from} → ${l.to}`).toBe(
        linkKind(l.fromShare, l.toShare, l.redline, COUNTERPART_PARAMETERS, unrelated.has(pair)),
      );
    }
  });

  it('has a redline for every link that turns the earlier substance into the later one exactly', () => {
    for (const l of links) {
      expect(applyRedline(measure.get(l.from)!.substance, l.redline), `${l.from} → ${l.to}`).toBe(
        measure.get(l.to)!.substance,
      );
    }
  });

  it('gives passages that lie in each substance, in order, and make up exactly the aligned share', () => {
    for (const l of links) {
      for (const [side, share] of [
        ['from', l.fromShare],
        ['to', l.toShare],
      ] as const) {
        const substance = measure.get(l[side])!.substance;
        const runs = side === 'from' ? l.fromPassages : l.toPassages;
        let previous = 0;
        let aligned = 0;
        for (const [start, end] of runs) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(substance.length);
          aligned += substance.slice(start, end).replace(/\s/g, '').length;
          previous = end;
        }
        const total = substance.replace(/\s/g, '').length;
        expect(Math.round((aligned / total) * 1000) / 1000, `${l.from} → ${l.to} ${side}`).toBe(share);
      }
    }
  });

  it('shows 潼南 22’s 环境权益 clause as a passage of its link to 荣昌 19, though the two measures order it differently', () => {
    const link = linkOf('tongnan/22', 'rongchang/19')!;
    const text = (id: string, runs: [number, number][]) => runs.map(([s, e]) => measure.get(id)!.substance.slice(s, e));
    expect(text('tongnan/22', link.fromPassages).join('')).toContain('排污权、水权、林权等环境权益和资产交易');
    expect(text('rongchang/19', link.toPassages).join('')).toContain('排污权、水权、林权等环境权益和资产交易');
  });

  it('substitutes only names of one class or width forms of one character, never wording', () => {
    const classIds = names.classes.map((c) => c.id);
    for (const l of links) {
      for (const op of l.redline) {
        if (op.op !== 'substitute') continue;
        const a = normalised(tokenize(op.from, names.namesOf(measure.get(l.from)!.plan), classIds));
        const b = normalised(tokenize(op.to, names.namesOf(measure.get(l.to)!.plan), classIds));
        expect(a, `${l.from} → ${l.to}: ${op.from} → ${op.to}`).toBe(b);
      }
    }
  });

  it('lists 潼南区 → 沙坪坝区 as a substitution in the green-project-library measure, and shows it as one', () => {
    const link = linkOf('tongnan/20', 'shapingba/9')!;
    expect(link.substitutions).toContainEqual({ from: '潼南区', to: '沙坪坝区' });
    expect(link.redline).toContainEqual({ op: 'substitute', from: '潼南区', to: '沙坪坝区' });
  });

  it('reads hand-checked strength drift: headings and verbs hardened, and no drift between different headings', () => {
    const verbs = (from: string, to: string) =>
      linkOf(from, to)!
        .strength.filter((c) => c.kind === 'verb')
        .map((c) => `${c.from}→${c.to} ${c.direction}`);
    // 荣昌 13's heading: 探索金融支持绿色交通实现机制 → 推动金融支持绿色交通建设.
    expect(verbs('tongnan/18', 'rongchang/13')).toEqual(['探索→推动 stronger']);
    // 荣昌 7: 支持 → 加大支持 (发挥…作用 → 建立… is another action, not a firmer wording).
    expect(verbs('tongnan/7', 'rongchang/7')).toEqual(['支持→加大支持 stronger']);
    // 荣昌 26: 探索建立…奖励机制 → 实施…奖励政策; 探索建立…风险分担机制 → 健全….
    expect(verbs('tongnan/30', 'rongchang/26')).toEqual(['探索建立→实施 stronger', '探索建立→健全 stronger']);
    // 潼南 8 and 荣昌 9 share a sentence, not a heading: 推动… and 引导… are two provisions.
    expect(verbs('tongnan/8', 'rongchang/9')).toEqual([]);
  });

  it('calls shared wording across a provincial border with no cited basis common wording, never 改写', () => {
    // 攀枝花 (四川) cites neither 潼南 nor 荣昌 (重庆): their shared stretches are stock phrases such as
    // 建立健全绿色金融风险预警机制, read in both texts.
    expect(linkOf('tongnan/25', 'panzhihua/3.5')!.kind).toBe('common');
    for (const l of links) {
      const [a, b] = [measure.get(l.from)!, measure.get(l.to)!];
      const province = (slug: string) => library.plan(slug).meta.region.province;
      const cites = (x: string, y: string) => library.plan(x).meta.basis.some((basis) => basis.plan === y);
      if (province(a.plan) !== province(b.plan) && !cites(a.plan, b.plan) && !cites(b.plan, a.plan))
        expect(['common', 'copied'], `${l.from} → ${l.to}`).toContain(l.kind);
    }
  });

  it('names the lead change where 沙坪坝 hands 潼南’s People’s Bank lead to 区财政局', () => {
    expect(linkOf('tongnan/32', 'shapingba/12')!.strength).toContainEqual({
      kind: 'lead',
      from: '人行合川中心支行、合川银保监分局',
      to: '区财政局',
      direction: 'changed',
    });
  });

  it('reports every target of content/targets.yaml that a link’s later measure does not state', () => {
    for (const l of links) {
      const later = targets.targets.filter((t) => t.measure === l.to).map((t) => t.metric);
      const expected = targets.targets
        .filter((t) => t.measure === l.from && !later.includes(t.metric))
        .map((t) => ({ kind: 'target', from: t.quote, to: null, direction: 'dropped' }));
      expect(l.strength.filter((c) => c.kind === 'target' && c.direction === 'dropped')).toEqual(expected);
    }
    // Hand-checked: 荣昌 14 keeps 潼南 15's farming sentences but not its 柠檬、蔬菜“双百亿” target.
    expect(linkOf('tongnan/15', 'rongchang/14')!.strength).toContainEqual({
      kind: 'target',
      from: '助推形成柠檬、蔬菜“双百亿”产业集群',
      to: null,
      direction: 'dropped',
    });
  });

  it('sums each pair of plans from its links, each character counted once', () => {
    const planOf = (id: string) => measure.get(id)!.plan;
    const withLinks = new Set(links.map((l) => `${planOf(l.from)}|${planOf(l.to)}`));
    expect(counterparts.pairs.map((p) => `${p.earlier}|${p.later}`).sort()).toEqual([...withLinks].sort());
    for (const pair of counterparts.pairs) {
      const own = links.filter((l) => planOf(l.from) === pair.earlier && planOf(l.to) === pair.later);
      for (const kind of ['copied', 'adapted', 'partial', 'common'] as const) {
        expect(pair[kind]).toBe(own.filter((l) => l.kind === kind).length);
      }
      // Common wording is listed but never counted as text carried over.
      const carried = own.filter((l) => l.kind !== 'common');
      expect(pair.earlierLinked).toBe(new Set(carried.map((l) => l.from)).size);
      expect(pair.laterLinked).toBe(new Set(carried.map((l) => l.to)).size);
      for (const kind of CHANGE_KINDS)
        expect(pair.changes[kind]).toBe(own.reduce((n, l) => n + l.strength.filter((c) => c.kind === kind).length, 0));
      // A plan's carried share is at least what its single most carried measure contributes, and at most 1.
      for (const [share, side, plan] of [
        [pair.earlierCarried, 'from', pair.earlier],
        [pair.laterFromEarlier, 'to', pair.later],
      ] as const) {
        const chars = (id: string) => measure.get(id)!.substance.replace(/\s/g, '').length;
        const total = library.measures.filter((m) => m.plan === plan).reduce((n, m) => n + chars(m.id), 0);
        const best = Math.max(0, ...carried.map((l) => (side === 'from' ? l.fromShare : l.toShare) * chars(l[side])));
        expect(share).toBeLessThanOrEqual(1);
        expect(share).toBeGreaterThanOrEqual(Math.floor((best / total) * 1000) / 1000 - 0.001);
      }
    }
  });

  it('finds the same links through the index as by comparing every pair, diffing far fewer pairs', () => {
    const scan = computeCounterparts(library, inputs, COUNTERPART_PARAMETERS, { scan: true });
    expect(stableJson(counterparts)).toBe(stableJson(scan.counterparts));
    // Linear: at most maxCandidates pairs per measure, whatever the corpus.
    expect(compared).toBeLessThanOrEqual(COUNTERPART_PARAMETERS.maxCandidates * library.measures.length);
    expect(compared * 10).toBeLessThan(scan.compared);
  }, 60_000);

  it('gives the same bytes when run again', () => {
    expect(stableJson(computeCounterparts(library, inputs).counterparts)).toBe(stableJson(counterparts));
  }, 30_000);
});
