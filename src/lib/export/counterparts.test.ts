import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { loadAgencies, loadLibrary, loadNameTable, loadStrengthScale } from '#lib/content/load.ts';
import { computeCounterparts } from '#lib/compare/counterparts.ts';
import { COUNTERPART_CSV_COLUMNS, counterpartsCsv } from './counterparts.ts';

const library = loadLibrary();
const agencies = loadAgencies(library);
const names = loadNameTable(library, agencies);
const scale = loadStrengthScale();

describe('counterparts.csv', () => {
  it('has one row per link, its columns as described, parseable as CSV', () => {
    const { counterparts } = computeCounterparts(library, { names, agencies, scale });
    const csv = counterpartsCsv(counterparts);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(COUNTERPART_CSV_COLUMNS);
    expect(rows.map((r) => `${r.from}>${r.to}:${r.kind}`)).toEqual(
      counterparts.links.map((l) => `${l.from}>${l.to}:${l.kind}`),
    );
  }, 30_000);
});
