import { describe, expect, it } from 'vitest';
import { markSharedText } from './shared-text.ts';

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
