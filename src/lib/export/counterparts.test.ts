import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { loadContent } from '#lib/build/load.ts';
import { computeCounterparts } from '#lib/compare/counterparts.ts';
import { applyPublishedRedline, COUNTERPART_CSV_COLUMNS, counterpartsCsv, counterpartsExport } from './counterparts.ts';

const library = loadContent().library;
const agencies = loadContent().agencies;
const names = loadContent().names;
const scale = loadContent().scale;

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

describe('counterparts.json', () => {
  it('gives redlines that rebuild every later measure from the earlier measure’s published text, and no equal text', () => {
    const { counterparts } = computeCounterparts(library, { names, agencies, scale });
    const published = counterpartsExport(counterparts).links;
    expect(published).toHaveLength(counterparts.links.length);
    for (const link of published) {
      const earlier = library.measure(link.from);
      const later = library.measure(link.to);
      expect(applyPublishedRedline(earlier.text, link.redline), `${link.from} → ${link.to}`).toBe(later.substance);
      for (const op of link.redline) if (op.op === 'equal') expect(op).not.toHaveProperty('text');
    }
  }, 30_000);
});
