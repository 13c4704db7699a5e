import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { measureRecords, measuresCsv, planRecords } from './data-export.ts';
import { buildSample } from '#tests/fixtures/sample-library.ts';

const library = buildSample();
const records = measureRecords(library, 'https://example.org');

/** Reads the CSV the way a spreadsheet does (RFC 4180), with a well-kept parser. */
function readCsv(text: string): string[][] {
  return parse(text, { bom: false, relax_column_count: false }) as string[][];
}

describe('measure records', () => {
  it('give every measure its page URL and its anchor on the plan page', () => {
    expect(records[0]).toMatchObject({
      id: 'sample/1',
      url: 'https://example.org/plans/sample/1/',
      anchor: '1',
      section: ['二、具体举措', '（一）完善组织体系'],
      lead: ['人行示例支行', '区财政局'],
    });
  });
});

describe('measures.csv', () => {
  const csv = measuresCsv(records);

  it('starts with a UTF-8 byte-order mark and uses CRLF, so Excel reads Chinese correctly', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n').length - 1).toBe(records.length + 1);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('reads back to the same fields, commas and quotes included', () => {
    const tricky = [{ ...records[0]!, text: '含“引号”, 逗号 和 "ASCII quotes"' }];
    const [header, row] = readCsv(measuresCsv(tricky).slice(1));
    expect(header![5]).toBe('text');
    expect(row![5]).toBe(tricky[0]!.text);
    expect(row![7]).toBe('人行示例支行、区财政局');
  });
});

describe('plan records', () => {
  it('carry the measure count and the document number', () => {
    expect(planRecords(library, 'https://example.org')[0]).toMatchObject({
      slug: 'sample',
      measureCount: 3,
      documentNumber: '示府办发〔2023〕1号',
    });
  });
});

describe('field descriptions on /data/', () => {
  it('describe every field the downloads contain, and no other', async () => {
    const { MEASURE_FIELDS, PLAN_FIELDS } = await import('./data-export.ts');
    expect(Object.keys(MEASURE_FIELDS).sort()).toEqual(Object.keys(records[0]!).sort());
    expect(Object.keys(PLAN_FIELDS).sort()).toEqual(
      Object.keys(planRecords(library, 'https://example.org')[0]!).sort(),
    );
  });
});
