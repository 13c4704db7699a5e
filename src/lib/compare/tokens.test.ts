import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { normalised, tokenize } from './tokens.ts';

const library = loadContent().library;
const names = loadContent().names;
const classIds = names.classes.map((c) => c.id);

describe('tokens', () => {
  it('keep every printed character: the tokens of every measure give back its substance', () => {
    for (const m of library.measures) {
      const tokens = tokenize(m.substance, names.namesOf(m.plan), classIds);
      expect(tokens.map((t) => t.text).join('')).toBe(m.substance);
    }
  });

  it('take 荣昌区 whole in 在荣昌区, and compare half- and full-width marks as one', () => {
    const rongchang = names.namesOf('rongchang');
    expect(tokenize('在荣昌区', rongchang, classIds).map((t) => t.text)).toEqual(['在', '荣昌区']);
    expect(normalised(tokenize('在荣落地,', rongchang, classIds))).toBe(
      normalised(tokenize('在潼落地，', names.namesOf('tongnan'), classIds)),
    );
  });
});
