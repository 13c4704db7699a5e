/**
 * /data/measures.json and .csv against the sources and the built pages: the measures the export
 * lists are the numbered measures of the received texts (found here by an independent scan, not
 * by the site's parser), each with its text and a page that exists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, loadContent } from '#lib/build/load.ts';
import type { MeasureRecord } from '#lib/export/measures.ts';
import { comparable, pageExists, readDistText, readPage, requireBuild } from '#tests/built-site.ts';

const library = loadContent().library;
let records: MeasureRecord[];

beforeAll(() => {
  requireBuild();
  records = JSON.parse(readDistText('/data/measures.json'));
});

const PART = /^([一二三四五六七八九十]+)、/;
const SECTION = /^[（(]([一二三四五六七八九十]+)[）)]/;
const ITEM = /^(\d+)[.．]\s*\S/;
const NUMERAL = '一二三四五六七八九十';

/** Parts that state aims and principles rather than measures: 总体要求, 主要目标, 指导思想, 基本原则. */
const AIMS_PART = /要求|目标|思想|原则/;

/**
 * The measure numbers a received text holds, read straight from its lines: numbered paragraphs
 * (1. … or a run-in （一）… that goes on after its first 。) outside the parts about aims.
 * Sequential plans count only the 1. items; outline plans number by part.section.item.
 */
function numbersInSource(file: string, numbering: 'sequential' | 'outline'): string[] {
  const lines = readFileSync(join(CONTENT_DIR, 'sources', file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\*\*|^\s*#+\s*/g, '').trim());
  const numbers: string[] = [];
  let part = 0;
  let section = 0;
  let aims = false;
  for (const line of lines) {
    const partMatch = PART.exec(line);
    if (partMatch) {
      part = NUMERAL.indexOf(partMatch[1]!) + 1;
      section = 0;
      aims = AIMS_PART.test(line);
      continue;
    }
    if (aims || part === 0) continue;
    const sectionMatch = SECTION.exec(line);
    if (sectionMatch) {
      section = NUMERAL.indexOf(sectionMatch[1]!) + 1;
      const runIn = /。./.test(line);
      if (numbering === 'outline' && runIn) numbers.push(`${part}.${section}`);
      continue;
    }
    const item = ITEM.exec(line);
    if (item) numbers.push(numbering === 'sequential' ? item[1]! : `${part}.${section}.${item[1]}`);
  }
  return numbers;
}

describe('measures.json', () => {
  it('lists exactly the numbered measures of every received text, in order', () => {
    const expected = library.plans.flatMap((plan) =>
      numbersInSource(plan.meta.source, plan.meta.measureNumbering).map((n) => `${plan.slug}/${n}`),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(records.map((r) => r.id)).toEqual(expected);
  });

  it('gives each measure its text, a page that exists and an anchor on its plan page', () => {
    for (const record of records) {
      expect(record.text.length, record.id).toBeGreaterThan(record.title.length);
      // Built without SITE_URL, the data files give site-relative URLs.
      expect(record.url, record.id).toMatch(/^\//);
      const path = record.url;
      expect(pageExists(path), `${record.id}: ${path}`).toBe(true);
      const plan = readPage(`/plans/${record.plan}/`);
      expect(plan.getElementById(record.anchor), `${record.id} #${record.anchor}`).not.toBeNull();
      expect(readPage(path).querySelector('h1')!.textContent).toContain(record.title);
    }
  });

  it('holds the text of each measure as printed (the source contains it)', () => {
    for (const plan of library.plans) {
      const source = comparable(
        readFileSync(join(CONTENT_DIR, 'sources', plan.meta.source), 'utf8').replace(/\*\*/g, ''),
      );
      for (const record of records.filter((r) => r.plan === plan.slug)) {
        expect(source.includes(comparable(record.text)), record.id).toBe(true);
      }
    }
  });
});

describe('measures.csv', () => {
  it('has the same measures as the JSON, one row each, ready for Excel', () => {
    const csv = readDistText('/data/measures.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const ids = csv
      .slice(1)
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((row) => row.split(',')[0]);
    expect(ids).toEqual(records.map((r) => r.id));
  });
});
