import { describe, expect, it } from 'vitest';
import { readLabel, chineseNumeral, chineseNumeralValue, pathWithin, pathLabel, pathAnchor } from './outline-labels.ts';

describe('readLabel', () => {
  it('reads the three levels in their printed variants', () => {
    expect(readLabel('二、具体举措')).toMatchObject({ level: 1, value: 2, printed: '二、' });
    expect(readLabel('（三）提升能力')).toMatchObject({ level: 2, value: 3 });
    expect(readLabel('(九) 构建机制')).toMatchObject({ level: 2, value: 9, printed: '(九) ' });
    expect(readLabel('12．推动')).toMatchObject({ level: 3, value: 12, printed: '12．' });
    expect(readLabel('5.积极推动')).toMatchObject({ level: 3, value: 5 });
  });

  it('does not take ordinary text for a label', () => {
    expect(readLabel('为深入贯彻')).toBeUndefined();
    expect(readLabel('2025年')).toBeUndefined();
    expect(readLabel('（PPP）形式')).toBeUndefined();
  });
});

describe('Chinese numerals', () => {
  it('round-trips 1–99', () => {
    for (let n = 1; n <= 99; n++) expect(chineseNumeralValue(chineseNumeral(n))).toBe(n);
    expect(chineseNumeral(10)).toBe('十');
    expect(chineseNumeral(21)).toBe('二十一');
  });
});

describe('outline paths', () => {
  it('lets a label replace its own level and below', () => {
    expect(pathWithin([3, 4], { level: 2, value: 5, printed: '（五）' })).toEqual([3, 5]);
    expect(pathWithin([3, 1], { level: 3, value: 2, printed: '2.' })).toEqual([3, 1, 2]);
  });

  it('writes places the way documents cite them, and anchors from them', () => {
    expect(pathLabel([3, 1, 2])).toBe('三（一）2');
    expect(pathLabel([2])).toBe('二');
    expect(pathAnchor([1, 2])).toBe('s1-2');
  });
});
