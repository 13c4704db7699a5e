import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { unitChanges } from './units.ts';

const library = loadContent().library;
const agencies = loadContent().agencies;
const measure = new Map(library.measures.map((m) => [m.id, m]));

describe('units', () => {
  it('compare by role: two districts’ People’s Bank branches are one role, a new lead bureau is a change', () => {
    expect(unitChanges(measure.get('tongnan/29')!, measure.get('rongchang/25')!, agencies)).toEqual({
      leadAdded: [],
      leadRemoved: [],
      responsibleAdded: ['区金融事务中心'],
      responsibleRemoved: ['区国资委'],
    });
    const seven = unitChanges(measure.get('tongnan/7')!, measure.get('rongchang/7')!, agencies);
    expect(seven.leadRemoved).toEqual(['区财政局']);
    expect(seven.leadAdded).toEqual(['区金融事务中心']);
  });
});
