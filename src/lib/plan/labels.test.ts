import { describe, expect, it } from 'vitest';
import { buildSample } from '#tests/fixtures/sample-library.ts';
import { measureDesignation, uncollectedBasis } from './labels.ts';

describe('measureDesignation', () => {
  const library = buildSample();
  const plan = library.plans[0]!;
  const measure = library.measures[1]!;

  it('names a measure of a sequentially numbered plan by its number', () => {
    expect(measureDesignation(plan, measure)).toBe(`第${measure.number}条`);
  });

  it('names a measure of an outline-numbered plan by its place', () => {
    const outline = { ...plan, meta: { ...plan.meta, measureNumbering: 'outline' as const } };
    expect(measureDesignation(outline, measure)).toBe(measure.place);
  });
});

describe('uncollectedBasis', () => {
  const library = buildSample();
  const plan = library.plans[0]!;

  it('lists a cited document the library does not hold once, however many district plans cite it', () => {
    const twice = { plans: [plan, { ...plan, slug: 'other' }] };
    expect(uncollectedBasis(twice)).toEqual(plan.meta.basis.filter((b) => !b.plan));
  });

  it('leaves out documents that are in the library', () => {
    const inLibrary = {
      ...plan,
      meta: { ...plan.meta, basis: plan.meta.basis.map((b) => ({ ...b, plan: 'sample' })) },
    };
    expect(uncollectedBasis({ plans: [inLibrary] })).toEqual([]);
  });
});
