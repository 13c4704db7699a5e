import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { MEASURE_CSV_SCHEMA, MEASURE_SCHEMA, measureRecords, measuresCsv } from './measures.ts';
import { buildSample } from '#tests/fixtures/sample-library.ts';

const library = buildSample();

/** Reads the CSV the way a spreadsheet does (RFC 4180), with a well-kept parser. */
function readCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

describe('measure records', () => {
  it('give every measure its page URL and its anchor on the plan page', () => {
    expect(measureRecords(library, 'https://example.org')[0]).toMatchObject({
      id: 'sample/1',
      url: 'https://example.org/plans/sample/1/',
      anchor: '1',
      section: ['二、具体举措', '（一）完善组织体系'],
      lead: ['人行示例支行', '区财政局'],
    });
  });

  it('give site-relative URLs when no site address is configured', () => {
    expect(measureRecords(library, undefined)[0]!.url).toBe('/plans/sample/1/');
  });

  it('have every field described in the schema, in order', () => {
    expect(MEASURE_SCHEMA.fields.map((f) => f.name)).toEqual(Object.keys(measureRecords(library, undefined)[0]!));
  });
});

describe('measures.csv', () => {
  const records = measureRecords(library, 'https://example.org');
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
  });
});
