import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { blockKey } from './translation.ts';
import { chineseUnits } from './units.ts';

const { library, translations, glossary } = loadContent();

describe('the English translation of the five plans', () => {
  it('translates every block of every plan, and nothing else', () => {
    let blocks = 0;
    for (const plan of library.plans) {
      const translation = translations.bySlug.get(plan.slug);
      expect(translation, plan.slug).toBeDefined();
      const ids = plan.blocks.map(blockKey);
      expect([...translation!.blocks.keys()].sort(), plan.slug).toEqual([...ids].sort());
      plan.blocks.forEach((block, index) => {
        const entry = translation!.blocks.get(ids[index]!)!;
        for (const unit of chineseUnits(block)) {
          let english: unknown = entry;
          for (const key of unit.path) english = (english as Record<string | number, unknown>)[key];
          // A cell empty in the Chinese (an annex row without responsible units) stays empty.
          if (unit.text.trim() !== '') expect(String(english).trim(), `${plan.slug} ${ids[index]}`).not.toBe('');
        }
      });
      blocks += plan.blocks.length;
    }
    expect(blocks).toBe(library.plans.reduce((n, p) => n + p.blocks.length, 0));
  });

  it('has a glossary of at least 80 terms', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(80);
  });
});
