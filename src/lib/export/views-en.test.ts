/** The data page in both editions. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { dataPage, type FieldRow } from './views.ts';
import { DOWNLOADS } from './datapackage.ts';
import { DOCUMENT_FIELDS } from './records.ts';
import { hrefsOf, unmarkedHan } from '#tests/fixtures/english-view.ts';

const { library, periods, translations } = loadContent();
const en = dataPage({ library, periods, translations }, 'en');
const zh = dataPage({ library, periods, translations });

/** Every field table of a page, in page order. */
const fieldTables = (page: typeof en) => [...page.tables.downloads.map((d) => d.fields), page.records.fields];
const textOf = (row: FieldRow) => row.description.map((piece) => piece.text).join('');
/** Each English row beside the Chinese row of the same field. */
const rowPairs = fieldTables(en).flatMap((table, t) =>
  table.rows.map((row, r) => ({ en: row, zh: fieldTables(zh)[t]!.rows[r]! })),
);
const HAN = /\p{Script=Han}/u;
/** Full-width and CJK punctuation (（），。：；、《》): Chinese typography, out of place in English. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/u;
/** An English text without its quotations (“…”): what is left must be English. */
const unquoted = (text: string) => text.replace(/“[^“”]*”/g, '“”');

describe('/en/data/', () => {
  it('describes every download in English', () => {
    expect(
      en.tables.downloads.map((d) => d.text.startsWith(DOWNLOADS.find((x) => x.file === d.file)!.titleEn)),
    ).toEqual(DOWNLOADS.map(() => true));
    expect(unmarkedHan(en)).toEqual([]);
  });

  it('lists the same fields as the Chinese page, each with an English description', () => {
    expect(fieldTables(en).map((t) => t.rows.length)).toEqual(fieldTables(zh).map((t) => t.rows.length));
    expect(rowPairs.length).toBeGreaterThan(100);
    en.tables.downloads.forEach((d, i) =>
      expect(d.fields.rows.map((r) => r.name)).toEqual(zh.tables.downloads[i]!.fields.rows.map((r) => r.name)),
    );
    // The records' table names a field of one document only as "(measure) designation", in the page's language.
    DOCUMENT_FIELDS.forEach((field, i) => {
      expect(en.records.fields.rows[i]!.name.endsWith(field.name), field.name).toBe(true);
      expect(zh.records.fields.rows[i]!.name.endsWith(field.name), field.name).toBe(true);
    });
    for (const { en: row, zh: chinese } of rowPairs) {
      expect(row.name, chinese.name).not.toMatch(HAN);
      expect(textOf(row).length, row.name).toBeGreaterThan(0);
      expect(textOf(row), row.name).not.toBe(textOf(chinese));
    }
  });

  it('writes Chinese only to quote a value the Chinese description gives, marked as Chinese', () => {
    const quoted = rowPairs.flatMap(({ en: row, zh: chinese }) =>
      row.description
        .filter((piece) => piece.zh)
        .map((piece) => ({ field: row.name, piece, chinese: textOf(chinese) })),
    );
    // Some descriptions do quote Chinese values (publication's enum, places as the plans print them).
    expect(quoted.length).toBeGreaterThan(0);
    for (const { field, piece, chinese } of quoted) expect(chinese, `${field}: ${piece.text}`).toContain(piece.text);
    for (const { en: row } of rowPairs) {
      const english = unquoted(
        row.description
          .filter((piece) => !piece.zh)
          .map((piece) => piece.text)
          .join(''),
      );
      expect(english, row.name).not.toMatch(HAN);
      expect(english, row.name).not.toMatch(CJK_PUNCTUATION);
    }
  });

  it('gives each schema field the English of its Table Schema, with its type', () => {
    en.tables.downloads.forEach((d, i) => {
      const fields = DOWNLOADS[i]!.schema.fields;
      expect(d.fields.rows.slice(0, fields.length).map(textOf), d.file).toEqual(
        fields.map((f) => `${f.descriptionEn} (${f.type})`),
      );
    });
  });

  it('links plan pages in English; downloads stay one file for both editions', () => {
    const pages = hrefsOf(en).filter((href) => href.endsWith('/'));
    expect(pages.length).toBe(library.plans.length);
    expect(pages.filter((href) => !href.startsWith('/en/'))).toEqual([]);
    expect(hrefsOf(en).filter((href) => href.startsWith('/data/')).length).toBeGreaterThan(0);
  });
});
