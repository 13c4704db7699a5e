import { describe, expect, it } from 'vitest';
import { barGeometry } from './bars.ts';

const items = (values: number[]) =>
  values.map((value, i) => ({ id: `p${i}`, label: `p${i}`, value, text: String(value) }));

describe('bar chart geometry', () => {
  it('keeps room for the 0 label when every value is negative (it sits at the right end of the axis)', () => {
    const g = barGeometry({ items: items([-14, -13.5]) });
    const zero = g.ticks.find((t) => t.text === '0')!;
    expect(zero).toBeDefined();
    // The label is centred on its tick: half of it (a few px for "0") must fit inside the SVG.
    expect(g.width - zero.x).toBeGreaterThanOrEqual(8);
    for (const t of g.ticks) expect(t.x).toBeGreaterThanOrEqual(8);
  });

  it('gives a count whole-number ticks only, and a quantity its fractional ones', () => {
    const counts = barGeometry({ items: items([1, 1]), integerTicks: true });
    expect(counts.ticks.map((t) => Number(t.text)).every(Number.isInteger)).toBe(true);
    expect(counts.ticks.length).toBeGreaterThanOrEqual(2);
    const shares = barGeometry({ items: items([1, 1]) });
    expect(shares.ticks.some((t) => !Number.isInteger(Number(t.text)))).toBe(true);
  });
});
