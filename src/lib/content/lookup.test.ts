import { describe, expect, it } from 'vitest';
import { lookupBy } from './lookup.ts';

describe('lookupBy', () => {
  const items = [
    { id: 'a', n: 1 },
    { id: 'b', n: 2 },
  ];
  const find = lookupBy(items, (i) => i.id, 'item');

  it('finds each item by its key', () => {
    for (const item of items) expect(find(item.id)).toBe(item);
  });

  it('names the unknown id and the known ones', () => {
    expect(() => find('c')).toThrow('unknown item "c"; expected one of a, b');
  });
});
