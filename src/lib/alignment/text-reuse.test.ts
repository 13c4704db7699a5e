import { describe, expect, it } from 'vitest';
import { measureReuse, reuseShare, GENERIC_GROUPS_CAP, type ReuseDocument, type SharedSegment } from './text-reuse.ts';
import { normalizeForComparison } from './similarity.ts';
import { loadContent } from '#lib/build/load.ts';

const COPIED = '引导金融资源流向智能绿色交通体系和城乡公共交通系统'; // 25 characters

function cellOf(docs: ReuseDocument[], from: string, to: string, genericGroups?: number) {
  const result = measureReuse(docs, { genericGroups });
  return { cell: result.matrix.find((c) => c.from === from && c.to === to)!, result };
}

describe('text reuse', () => {
  it('counts every character of an identical text as shared', () => {
    const { cell } = cellOf(
      [
        { id: 'a/1', group: 'a', text: COPIED },
        { id: 'b/1', group: 'b', text: COPIED },
      ],
      'a',
      'b',
    );
    expect(cell).toMatchObject({ characters: COPIED.length, shared: COPIED.length, generic: 0 });
    expect(reuseShare(cell)).toBe(1);
  });

  it('counts nothing between disjoint texts, or runs shorter than twelve characters: the pair has no cell', () => {
    const { cell, result } = cellOf(
      [
        { id: 'a/1', group: 'a', text: '加强绿色金融人才培养和引进工作' },
        { id: 'b/1', group: 'b', text: '完善交通基础设施建设，加强人才培养和引进' },
      ],
      'a',
      'b',
    );
    expect(cell).toBeUndefined();
    expect(result.matrix).toEqual([]);
    expect(result.anyOther.map((g) => g.shared)).toEqual([0, 0]);
  });

  it('finds a copied span inside a longer paragraph, at its own offsets', () => {
    const before = '为深入贯彻新发展理念，';
    const text = `${before}${COPIED}，加快推进试验区建设。`;
    const { cell, result } = cellOf(
      [
        { id: 'a/1', group: 'a', text },
        { id: 'b/1', group: 'b', text: `同时${COPIED}。` },
      ],
      'a',
      'b',
    );
    expect(cell.shared).toBe(COPIED.length);
    expect(result.anyOther.find((g) => g.group === 'a')).toEqual({
      group: 'a',
      characters: [...text].length,
      shared: COPIED.length,
    });
    expect(result.segments.get('a/1')).toEqual([
      { start: before.length, end: before.length + COPIED.length, groups: ['b'] },
    ]);
  });

  it('is measured from each side: shares differ when lengths differ', () => {
    const docs = [
      { id: 'a/1', group: 'a', text: COPIED },
      { id: 'b/1', group: 'b', text: `${COPIED}，并支持新能源汽车充电换电加氢等配套设施建设运营。` },
    ];
    const result = measureReuse(docs);
    const ab = result.matrix.find((c) => c.from === 'a')!;
    const ba = result.matrix.find((c) => c.from === 'b')!;
    expect(ab.shared).toBe(ba.shared);
    expect(reuseShare(ab)).toBeGreaterThan(reuseShare(ba));
  });

  it('ignores white space and full- or half-width punctuation differences', () => {
    const { cell } = cellOf(
      [
        { id: 'a/1', group: 'a', text: '支持地方法人金融机构开展环境风险压力测试，研究探索' },
        { id: 'b/1', group: 'b', text: '支持地方法人金融机构开展环境风险压力测试,研究 探索' },
      ],
      'a',
      'b',
    );
    expect(cell.shared).toBe(cell.characters);
  });

  it('counts boilerplate apart: unit lists, and phrases found in most plans', () => {
    const units = '（牵头单位：区财政局、区发展改革委、区生态环境局）';
    const stock = '按照市场化法治化原则积极稳妥推进。';
    const docs: ReuseDocument[] = [
      { id: 'a/1', group: 'a', text: `甲方自己的话。${units}`, boilerplate: [[7, 7 + units.length]] },
      { id: 'b/1', group: 'b', text: `乙方另外的话。${units}`, boilerplate: [[7, 7 + units.length]] },
      ...['a', 'b', 'c', 'd'].map((g) => ({ id: `${g}/2`, group: g, text: stock })),
    ];
    const { cell, result } = cellOf(docs, 'a', 'b', 3);
    expect(cell.shared).toBe(0);
    expect(cell.generic).toBe(['的话。'.length, [...units].length, stock.length].reduce((x, y) => x + y));
    expect(result.segments.get('a/1')).toEqual([]);
  });

  it('counts a run found in GENERIC_GROUPS_CAP plans for no pair, however many plans there are', () => {
    const groups = Array.from({ length: GENERIC_GROUPS_CAP * 2 }, (_, i) => `g${i}`);
    const docs = (holders: number) =>
      groups.map((g, i) => ({ id: `${g}/1`, group: g, text: i < holders ? COPIED : `${g}自己的话。` }));
    const below = measureReuse(docs(GENERIC_GROUPS_CAP - 1)).matrix.find((c) => c.from === 'g0' && c.to === 'g1')!;
    const at = measureReuse(docs(GENERIC_GROUPS_CAP));
    expect(below).toMatchObject({ shared: COPIED.length, generic: 0 });
    // Printed by the cap's number of plans: stock phrasing of the corpus, counted for no pair.
    expect(at.matrix).toEqual([]);
    expect(at.segments.get('g0/1')).toEqual([]);
  });
});

/**
 * The plain definition, character by character and group by group (what measureReuse computed
 * before it went through an index): every character gets the set of groups sharing it.
 */
function referenceReuse(documents: readonly ReuseDocument[], genericGroups: number, minRun = 12) {
  const groups = [...new Set(documents.map((d) => d.group))];
  const prepared = documents.map((doc) => {
    const chars: string[] = [];
    const origin: number[] = [];
    let offset = 0;
    for (const ch of doc.text) {
      for (const normal of normalizeForComparison(ch)) {
        chars.push(normal);
        origin.push(offset);
      }
      offset += ch.length;
    }
    const boilerplate = origin.map((at) => (doc.boilerplate ?? []).some(([s, e]) => at >= s && at < e));
    const windows = chars
      .slice(0, Math.max(0, chars.length - minRun + 1))
      .map((_, i) => chars.slice(i, i + minRun).join(''));
    return { doc, chars, origin, boilerplate, windows };
  });
  const owners = new Map<string, Set<string>>();
  for (const p of prepared) for (const w of p.windows) owners.set(w, (owners.get(w) ?? new Set()).add(p.doc.group));
  const cells = new Map<string, { shared: number; generic: number }>();
  const segments = new Map<string, SharedSegment[]>();
  for (const p of prepared) {
    const specific = p.chars.map(() => new Set<string>());
    const covered = p.chars.map(() => new Set<string>());
    p.windows.forEach((w, i) => {
      const generic = owners.get(w)!.size >= genericGroups || p.boilerplate.slice(i, i + minRun).some(Boolean);
      for (const other of owners.get(w)!) {
        if (other === p.doc.group) continue;
        for (let k = i; k < i + minRun; k++) {
          covered[k]!.add(other);
          if (!generic) specific[k]!.add(other);
        }
      }
    });
    for (const other of groups) {
      const key = `${p.doc.group} ${other}`;
      const cell = cells.get(key) ?? { shared: 0, generic: 0 };
      p.chars.forEach((_, k) => {
        if (specific[k]!.has(other)) cell.shared++;
        else if (covered[k]!.has(other)) cell.generic++;
      });
      cells.set(key, cell);
    }
    const list: SharedSegment[] = [];
    const key = (k: number) => groups.filter((g) => specific[k]!.has(g)).join(' ');
    for (let k = 0; k < p.chars.length;) {
      let end = k + 1;
      while (end < p.chars.length && key(end) === key(k)) end++;
      if (key(k) !== '') list.push({ start: p.origin[k]!, end: p.origin[end - 1]! + 1, groups: key(k).split(' ') });
      k = end;
    }
    segments.set(p.doc.id, list);
  }
  return { cells, segments };
}

describe('text reuse on the real plans', () => {
  it('agrees with the character-by-character definition: every cell, every segment', () => {
    const { measures } = loadContent().library;
    const docs = measures.map((m) => ({
      id: m.id,
      group: m.plan,
      text: m.text,
      boilerplate: m.units ? [[m.substance.length, m.text.length] as const] : [],
    }));
    const result = measureReuse(docs);
    const reference = referenceReuse(docs, Math.max(3, Math.ceil(result.groups.length * 0.75)));
    const fromIndex = Object.fromEntries(result.matrix.map((c) => [`${c.from} ${c.to}`, c]));
    for (const [key, expected] of reference.cells) {
      const [from, to] = key.split(' ');
      if (from === to) continue;
      const cell = fromIndex[key];
      if (expected.shared + expected.generic === 0) expect(cell, key).toBeUndefined();
      else expect(cell, key).toMatchObject(expected);
    }
    expect(result.matrix.some((c) => c.shared > 0)).toBe(true);
    for (const m of measures) expect(result.segments.get(m.id), m.id).toEqual(reference.segments.get(m.id));
  }, 15_000);
});
