import { describe, expect, it } from 'vitest';
import { exportContext, measureDocument, planDocument } from './records.ts';
import { buildSample, sampleTranslations } from '#tests/fixtures/sample-library.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import type { PeriodTable } from '#lib/plan/periods.ts';

const library = buildSample();
const plan = library.plans[0]!;
const measure = plan.measures[1]!;
const translations = sampleTranslations(library);
const english = translations.bySlug.get(plan.slug)!;
const topic = {
  id: 't',
  name: '碳金融',
  nameEn: 'Carbon finance',
  category: 'c',
  description: 'd',
  descriptionEn: 'd',
  measures: [measure.id],
};
const topics: TopicIndex = {
  categories: [{ id: 'c', name: '类', nameEn: 'C', description: 'd', descriptionEn: 'd' }],
  topics: [topic],
  topicsOf: new Map([[measure.id, ['t']]]),
  topic: () => topic,
  topicsOfMeasure: (id) => (id === measure.id ? [topic] : []),
};
const periods: PeriodTable = {
  asOf: '2026-11-21',
  bySlug: new Map([
    [
      'sample',
      {
        plan: 'sample',
        statements: [{ printed: '到2025年', year: 2025, quote: 'q', location: '一' }],
        note: null,
        noteEn: null,
      },
    ],
  ]),
};

describe('measure and plan documents', () => {
  for (const site of [undefined, 'https://plans.example.cn']) {
    const ctx = exportContext(
      topics,
      {
        metrics: [],
        targets: [],
        metric: (id) => {
          throw new Error(id);
        },
      },
      periods,
      translations,
      site,
    );
    const prefix = site ?? '';

    it(`carry text, place, units, topics and citation of a measure (site ${site ?? 'not set'})`, () => {
      const doc = measureDocument(ctx, plan, measure);
      expect(doc.text).toBe(measure.text);
      expect(doc.place).toBe(measure.place);
      expect(doc.lead).toEqual(measure.units?.lead ?? []);
      expect(doc.topics.map((t) => t.id)).toEqual(['t']);
      expect(doc.citation.URL).toBe(`${prefix}/plans/sample/${measure.number}/`);
      expect(doc.json).toBe(`${prefix}/data/measures/sample/${measure.number}.json`);
      expect(doc.citationFiles.ris).toBe(`${prefix}/data/measures/sample/${measure.number}.ris`);
    });

    it(`carry the measure's English, its plan's English title and the English titles of its citation (site ${site ?? 'not set'})`, () => {
      const doc = measureDocument(ctx, plan, measure);
      const entry = english.blocks.get(measure.number)!;
      expect(doc.titleEn).toBe(entry.title);
      expect(entry.en).toContain(doc.textEn);
      expect(doc.translationStatus).toBe(entry.status);
      expect(doc.planTitleEn).toBe(english.title);
      expect(doc.citation.custom!['translated-title']).toContain(entry.title);
      expect(doc.citation.custom!['translated-collection-title']).toBe(english.title);
    });

    it(`link a counterpart to its compare row only when the pair has a compare page (site ${site ?? 'not set'})`, () => {
      const other = { ...measure, id: 'other/3', plan: 'other', number: '3' };
      const link = {
        from: other.id,
        to: measure.id,
        kind: 'adapted' as const,
        fromShare: 0.5,
        toShare: 0.5,
        substitutions: [],
        fromPassages: [],
        toPassages: [],
        redline: [],
        units: { leadAdded: [], leadRemoved: [], responsibleAdded: [], responsibleRemoved: [] },
        strength: [],
      };
      const compareOf = (hasComparePage: boolean) =>
        measureDocument(ctx, plan, measure, {
          links: [link],
          chronological: ['other', 'sample'],
          hasComparePage: () => hasComparePage,
        }).counterparts[0]!.compare;
      expect(compareOf(true)).toBe(`${prefix}/compare/other/sample/#sample-${measure.number.replace(/\./g, '-')}`);
      expect(compareOf(false)).toBeNull();
    });

    it(`list a plan's measures and its period status (site ${site ?? 'not set'})`, () => {
      const doc = planDocument(ctx, plan);
      expect(doc.measures.map((m) => m.id)).toEqual(plan.measures.map((m) => m.id));
      expect(doc.period.status).toBe('passed');
      expect(doc.url).toBe(`${prefix}/plans/sample/`);
      expect(doc.titleEn).toBe(english.title);
      expect(doc.measures.map((m) => m.titleEn)).toEqual(plan.measures.map((m) => english.blocks.get(m.number)!.title));
      expect(doc.citation.custom!['translated-title']).toBe(english.title);
    });
  }
});
