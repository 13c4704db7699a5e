import { describe, expect, it } from 'vitest';
import { markSharedText, sharedLabel, SHARED_NAMES_SHOWN } from './shared-text.ts';

describe('markSharedText', () => {
  const text = '一二三四五六七八九十';

  it('cuts the text into plain and shared pieces that join back to the text', () => {
    const pieces = markSharedText(text, [
      { start: 6, end: 8, groups: ['b'] },
      { start: 2, end: 4, groups: ['a', 'c'] },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.sharedWith.length > 0).map((p) => [p.text, p.sharedWith])).toEqual([
      [text.slice(2, 4), ['a', 'c']],
      [text.slice(6, 8), ['b']],
    ]);
  });

  it('leaves a text with no shared stretch whole', () => {
    expect(markSharedText(text)).toEqual([{ text, sharedWith: [] }]);
  });
});

const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `p${from + i}`);

describe('shared-text marks', () => {
  const text = '甲乙丙丁戊己庚辛壬癸';

  it('keeps every segment apart while each names few plans, and leaves the words as they are', () => {
    const pieces = markSharedText(text, [
      { start: 2, end: 4, groups: ['a'] },
      { start: 4, end: 6, groups: ['a', 'b'] },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.map((p) => p.sharedWith)).toEqual([[], ['a'], ['a', 'b'], []]);
  });

  it('makes one mark of neighbouring segments that each name more plans than a label shows', () => {
    const first = many(SHARED_NAMES_SHOWN + 1);
    const second = many(SHARED_NAMES_SHOWN + 2, 1);
    const pieces = markSharedText(text, [
      { start: 0, end: 3, groups: first },
      { start: 3, end: 7, groups: second },
    ]);
    expect(pieces.map((p) => p.text)).toEqual([text.slice(0, 7), text.slice(7)]);
    expect(new Set(pieces[0]!.sharedWith)).toEqual(new Set([...first, ...second]));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('names up to the limit and counts the rest', () => {
    const name = (slug: string) => slug.toUpperCase();
    expect(sharedLabel(['a', 'b'], name)).toBe('亦见于A、B');
    const plans = many(SHARED_NAMES_SHOWN + 3);
    const label = sharedLabel(plans, name);
    expect(label).toBe(`亦见于${plans.slice(0, SHARED_NAMES_SHOWN).map(name).join('、')}等 ${plans.length} 份方案`);
  });
});
