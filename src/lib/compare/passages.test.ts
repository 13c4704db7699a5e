/** Shared passages on the real library: where else each stands, and paragraphs cut without losing a character. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { normalizeForComparison } from '#lib/alignment/similarity.ts';
import { markParagraphs, sharedPassageIndex } from './passages.ts';

const library = loadContent().library;
const measure = (id: string) => library.measures.find((m) => m.id === id)!;

describe('shared passages', () => {
  it('name every measure of the sharing plan that holds the passage', () => {
    const source = measure('tongnan/7');
    const segment = { start: 0, end: 30, groups: ['rongchang'] };
    const passages = sharedPassageIndex(library, { [source.id]: [segment] }, 12);
    const passage = normalizeForComparison(source.text.slice(0, 30));
    const expected = library.measures
      .filter((m) => m.plan === 'rongchang' && normalizeForComparison(m.text).includes(passage))
      .map((m) => m.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(passages.get(source.id)![0]!.alsoIn).toEqual(expected);
  });

  it('cut every measure into pieces that join back into its printed paragraphs', () => {
    for (const m of library.measures) {
      const end = m.substance.length;
      const segments = [
        { start: 2, end: Math.min(10, end), groups: ['a'] },
        { start: Math.floor(end / 2), end, groups: ['a'] },
      ].filter((s) => s.end > s.start);
      const { paragraphs, notes } = markParagraphs(m, segments);
      expect(paragraphs.map((p) => p.pieces.map((x) => x.text).join('') + (p.units ?? ''))).toEqual(m.paragraphs);
      // Both passages are shared with the same plan: one note, two markers.
      expect(notes).toHaveLength(segments.length > 0 ? 1 : 0);
      const markers = paragraphs.flatMap((p) => p.pieces).filter((x) => x.note !== undefined);
      expect(markers).toHaveLength(segments.length);
      expect(markers.filter((x) => x.firstOfNote)).toHaveLength(segments.length > 0 ? 1 : 0);
    }
  });
});
