import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { MEASURE_CSV_SCHEMA, MEASURE_SCHEMA, measureRecords, measuresCsv } from './measures.ts';
import { buildSample, sampleTranslations } from '#tests/fixtures/sample-library.ts';
import { loadContent } from '#lib/build/load.ts';
import { englishLabel } from '#lib/translation/translation.ts';

const library = buildSample();
const translations = sampleTranslations(library);

/** Reads the CSV the way a spreadsheet does (RFC 4180), with a well-kept parser. */
function readCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

describe('measure records', () => {
  it('give every measure its page URL and its anchor on the plan page', () => {
    expect(measureRecords(library, translations, 'https://example.org')[0]).toMatchObject({
      id: 'sample/1',
      url: 'https://example.org/plans/sample/1/',
      anchor: '1',
      section: ['二、具体举措', '（一）完善组织体系'],
      lead: ['人行示例支行', '区财政局'],
    });
  });

  it('give site-relative URLs when no site address is configured', () => {
    expect(measureRecords(library, translations, undefined)[0]!.url).toBe('/plans/sample/1/');
  });

  it('carry the English title, the English text without its label, and the status of each measure', () => {
    const records = measureRecords(library, translations, undefined);
    for (const [i, measure] of library.measures.entries()) {
      const entry = translations.bySlug.get(measure.plan)!.blocks.get(measure.number)!;
      expect(records[i]).toMatchObject({
        titleEn: entry.title,
        textEn: entry.en!.slice(englishLabel(measure).length + 1),
        translationStatus: entry.status,
      });
    }
    expect(new Set(records.map((r) => r.translationStatus))).toEqual(new Set(['draft', 'reviewed']));
  });

  it('give every measure of the library its English, each text without its label as the Chinese is', () => {
    const { library: real, translations: english } = loadContent();
    const records = measureRecords(real, english, undefined);
    expect(records).toHaveLength(real.measures.length);
    for (const [i, measure] of real.measures.entries()) {
      const entry = english.bySlug.get(measure.plan)!.blocks.get(measure.number)!;
      // The translators start each measure with the English of its label (9. or (1)), as the Chinese prints it.
      expect(`${englishLabel(measure)} ${records[i]!.textEn}`, measure.id).toBe(entry.en);
      expect(records[i]!.titleEn, measure.id).toBe(entry.title);
      expect(records[i]!.textEn, measure.id).not.toBe('');
    }
  });

  it('have every field described in the schema, in order', () => {
    expect(MEASURE_SCHEMA.fields.map((f) => f.name)).toEqual(
      Object.keys(measureRecords(library, translations, undefined)[0]!),
    );
  });
});

describe('measures.csv', () => {
  const records = measureRecords(library, translations, 'https://example.org');
  const csv = measuresCsv(records);

  it('starts with a UTF-8 byte-order mark and uses CRLF, so Excel reads Chinese correctly', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n').length - 1).toBe(records.length + 1);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('reads back to the same fields, commas and quotes included', () => {
    const tricky = [{ ...records[0]!, text: '含“引号”, 逗号 和 "ASCII quotes"\n第二段' }];
    const [header, row] = readCsv(measuresCsv(tricky));
    expect(header).toEqual(MEASURE_CSV_SCHEMA.fields.map((f) => f.name));
    expect(row![header!.indexOf('text')]).toBe(tricky[0]!.text);
    expect(row![header!.indexOf('lead')]).toBe(records[0]!.lead.join('、'));
    expect(row![header!.indexOf('truncated')]).toBe('false');
    for (const field of ['titleEn', 'textEn', 'translationStatus'] as const)
      expect(row![header!.indexOf(field)], field).toBe(tricky[0]![field]);
  });

  it('keeps the Chinese columns first, in their order, and appends the English ones', () => {
    const [header] = readCsv(csv);
    const english = ['titleEn', 'textEn', 'translationStatus'];
    expect(header!.slice(-english.length)).toEqual(english);
    expect(header!.slice(0, -english.length)).toEqual(
      MEASURE_SCHEMA.fields.map((f) => f.name).filter((n) => !english.includes(n)),
    );
    // Every English field says it is unofficial and the Chinese authoritative (status aside).
    for (const field of MEASURE_SCHEMA.fields.filter((f) => f.name.endsWith('En')))
      expect(field.description, field.name).toContain('以中文原文为准');
  });
});
