import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { normalised, tokenize } from './tokens.ts';
import { applyRedline, redlineOf } from './redline.ts';
import { diffTexts } from './align-pair.ts';

const names = loadContent().names;
const classIds = names.classes.map((c) => c.id);

describe('redline', () => {
  it('rejects a redline applied to another text', () => {
    const [x, y] = ['推动绿色债券在潼落地。', '推动绿色债券在荣落地。'];
    const tx = tokenize(x, names.namesOf('tongnan'), classIds);
    const ty = tokenize(y, names.namesOf('rongchang'), classIds);
    const ops = redlineOf(diffTexts(normalised(tx), normalised(ty)), tx, ty);
    expect(ops).toEqual([
      { op: 'equal', text: '推动绿色债券' },
      { op: 'substitute', from: '在潼', to: '在荣' },
      { op: 'equal', text: '落地。' },
    ]);
    expect(applyRedline(x, ops)).toBe(y);
    expect(() => applyRedline('推动绿色信贷在潼落地。', ops)).toThrow(/redline expects/);
  });
});
