import { describe, expect, it } from 'vitest';
import { measureReuse, reuseShare, type ReuseDocument } from './text-reuse.ts';

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

  it('counts nothing between disjoint texts, or runs shorter than twelve characters', () => {
    const { cell } = cellOf(
      [
        { id: 'a/1', group: 'a', text: '加强绿色金融人才培养和引进工作' },
        { id: 'b/1', group: 'b', text: '完善交通基础设施建设，加强人才培养和引进' },
      ],
      'a',
      'b',
    );
    expect(cell.shared).toBe(0);
    expect(cell.generic).toBe(0);
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
});
