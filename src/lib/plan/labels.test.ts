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

describe('English labels', () => {
  it('names every region of the library in pinyin, without a Chinese character', async () => {
    const { loadContent } = await import('#lib/build/load.ts');
    const { regionName } = await import('./place-names.ts');
    for (const plan of loadContent().library.plans) {
      const english = regionName(plan.meta.region, 'en');
      expect(english).not.toMatch(/\p{Script=Han}/u);
      expect(english.split(', ')).toHaveLength(
        [plan.meta.region.district, plan.meta.region.city, plan.meta.region.province].filter(Boolean).length,
      );
    }
  });

  it('writes dates the British way and places with their kind', async () => {
    const { englishDate } = await import('./labels.ts');
    const { placeNameEn } = await import('./place-names.ts');
    expect(englishDate('2023-03-30')).toBe('30 March 2023');
    expect(placeNameEn('潼南区')).toBe('Tongnan District');
    expect(placeNameEn('重庆市', true)).toBe('Chongqing Municipality');
    expect(placeNameEn('攀枝花市')).toBe('Panzhihua City');
  });

  it('writes any place in pinyin, so a plan from a new place has an English name', async () => {
    const { placeNameEn } = await import('./place-names.ts');
    // Read by hand: polyphonic characters by the word (重庆 Chong-, 长寿 Chang-), and an apostrophe
    // before a syllable opening with a vowel.
    expect(placeNameEn('沙坪坝区')).toBe('Shapingba District');
    expect(placeNameEn('荣昌区')).toBe('Rongchang District');
    expect(placeNameEn('四川省')).toBe('Sichuan Province');
    expect(placeNameEn('长寿区')).toBe('Changshou District');
    expect(placeNameEn('西安市')).toBe("Xi'an City");
  });
});
