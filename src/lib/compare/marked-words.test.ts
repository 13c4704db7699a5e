/** A shared passage's note marker never splits a word (社[1]会资本): every measure of the library. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { alignMeasures } from '#lib/alignment/alignment.ts';
import { sharedPassageIndex } from './passages.ts';
import { markedMeasure, refsAtWordEnds } from './views.ts';

const { library, topics } = loadContent();
const alignment = alignMeasures(library, topics);
const passages = sharedPassageIndex(library, alignment.sharedText, alignment.parameters.minRun);
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const wordEnds = (text: string) => new Set([...segmenter.segment(text)].map((s) => s.index + s.segment.length));

describe('note markers of shared passages', () => {
  it('stand at a word end in every measure, and the paragraph text is unchanged', () => {
    let markers = 0;
    for (const measure of library.measures) {
      const view = markedMeasure(library, measure, passages.get(measure.id));
      view.paragraphs.forEach((paragraph, i) => {
        const text = paragraph.pieces.map((p) => p.text).join('');
        // The plan's words as printed (the units, printed after, are rendered apart).
        expect(measure.paragraphs[i]!.startsWith(text), measure.id).toBe(true);
        const ends = wordEnds(text);
        let at = 0;
        for (const piece of paragraph.pieces) {
          at += piece.text.length;
          if (!piece.ref) continue;
          markers++;
          const next = paragraph.pieces[paragraph.pieces.indexOf(piece) + 1];
          // At a word end, or before another shared stretch (the marker then ends its own mark).
          if (next && !next.shared) expect(ends.has(at), `${measure.id}: …${text.slice(at - 4, at + 4)}`).toBe(true);
        }
      });
    }
    expect(markers).toBeGreaterThan(0);
  });

  it('moves a marker that would split a word (社[1]会) to the word’s end (社会[1])', () => {
    const pieces = refsAtWordEnds([
      { text: '鼓励社', shared: true, ref: 'n1' as string | null },
      { text: '会资本参与', shared: false, ref: null as string | null },
    ]);
    expect(pieces.map((p) => [p.text, p.ref])).toEqual([
      ['鼓励社', null],
      ['会', 'n1'],
      ['资本参与', null],
    ]);
  });
});
