import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { normalChar, tokenize } from './tokens.ts';
import { computeCounterparts } from './counterparts.ts';
import { applyRedline, redlineOf } from './redline.ts';

const { library, agencies, names, scale, targets } = loadContent();
const classIds = names.classes.map((c) => c.id);

describe('redline', () => {
  it('rejects a redline applied to another text', () => {
    const [x, y] = ['推动绿色债券在潼落地。', '推动绿色债券在荣落地。'];
    const tx = tokenize(x, names.namesOf('tongnan'), classIds);
    const ty = tokenize(y, names.namesOf('rongchang'), classIds);
    const ops = redlineOf(tx, ty);
    expect(ops).toEqual([
      { op: 'equal', text: '推动绿色债券' },
      { op: 'substitute', from: '在潼', to: '在荣' },
      { op: 'equal', text: '落地。' },
    ]);
    expect(applyRedline(x, ops)).toBe(y);
    expect(() => applyRedline('推动绿色信贷在潼落地。', ops)).toThrow(/redline expects/);
  });
});

describe('the redline of every link', () => {
  const { counterparts } = computeCounterparts(library, { agencies, names, scale, targets });
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  /** Offsets where the platform's segmenter puts a word boundary in a printed text. */
  const boundaries = (text: string) => new Set([...segmenter.segment(text)].map((s) => s.index).concat(text.length));

  it('never cuts through a word that the segmenter keeps whole, on either side', () => {
    for (const link of counterparts.links) {
      const later = library.measure(link.to).substance;
      const earlier = library.measure(link.from).substance;
      // A name of the equivalents table is one word even where the segmenter would cut it.
      const nameEdges = (text: string, plan: string) =>
        names
          .namesOf(plan)
          .flatMap((n) =>
            [...text.matchAll(new RegExp(n.name, 'g'))].flatMap((m) => [m.index, m.index + n.name.length]),
          );
      const okLater = new Set([...boundaries(later), ...nameEdges(later, link.to.split('/')[0]!)]);
      const okEarlier = new Set([...boundaries(earlier), ...nameEdges(earlier, link.from.split('/')[0]!)]);
      let a = 0;
      let b = 0;
      for (const op of link.redline) {
        const changed = op.op === 'insert' || op.op === 'delete' || op.op === 'substitute';
        if (changed) {
          expect(okEarlier.has(a) && okLater.has(b), `${link.from} → ${link.to}: an edit starts inside a word`).toBe(
            true,
          );
        }
        a += op.op === 'equal' || op.op === 'delete' ? op.text.length : op.op === 'insert' ? 0 : op.from.length;
        b += op.op === 'equal' || op.op === 'insert' ? op.text.length : op.op === 'delete' ? 0 : op.to.length;
        if (changed)
          expect(okEarlier.has(a) && okLater.has(b), `${link.from} → ${link.to}: an edit ends inside a word`).toBe(
            true,
          );
      }
    }
  });

  it('never boxes a change of width or white space as a substitution', () => {
    const bare = (text: string) => [...text.replace(/\s/g, '')].map(normalChar).join('');
    let forms = 0;
    for (const link of counterparts.links)
      for (const op of link.redline) {
        if (op.op === 'substitute') expect(bare(op.from), `${link.from} → ${link.to}`).not.toBe(bare(op.to));
        if (op.op === 'form') {
          forms++;
          expect(bare(op.from)).toBe(bare(op.to));
        }
      }
    // The five plans do change widths and spaces (half-width commas, 到 2025 年): the case is real.
    expect(forms).toBeGreaterThan(0);
  });
});
