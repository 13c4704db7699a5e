import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { DOWNLOADS, dataPackage } from './datapackage.ts';
import { DOCUMENT_FIELDS } from './records.ts';
import { dataPage, JSON_EXTRA_FIELDS } from './views.ts';
import { dataFilePath } from '#lib/site/paths.ts';

const { library, periods } = loadContent();

describe('the data page', () => {
  const page = dataPage({ library, periods });

  it('links every download and describes every field of its schema', () => {
    expect(page.tables.downloads.map((d) => d.href)).toEqual(DOWNLOADS.map((d) => dataFilePath(d.file)));
    page.tables.downloads.forEach((d, i) => {
      for (const field of DOWNLOADS[i]!.schema.fields) expect(d.fields.rows.map((r) => r.name)).toContain(field.name);
    });
  });

  it('shows the Chinese descriptions the data package publishes, then those of the JSON-only parts, as plain text', () => {
    const published = dataPackage({ version: '0', asOf: periods.asOf, plans: [], site: undefined }).resources;
    page.tables.downloads.forEach((d, i) => {
      const download = DOWNLOADS[i]!;
      // A non-tabular resource publishes no schema: its fields are the ones /data/ documents.
      const resource = published.find((r) => r.name === download.name)!;
      const fields = 'schema' in resource ? resource.schema.fields : download.schema.fields;
      const extra = Object.entries(JSON_EXTRA_FIELDS[download.file] ?? {}).map(([name, text]) => [name, text.zh]);
      expect(
        d.fields.rows.map((row) => [row.name, row.description]),
        d.file,
      ).toEqual(
        [...fields.map((f) => [f.name, `${f.description}（${f.type}）`]), ...extra].map(([name, text]) => [
          name,
          [{ text, zh: false }],
        ]),
      );
    });
    expect(page.records.fields.rows.map((row) => row.description)).toEqual(
      DOCUMENT_FIELDS.map((f) => [{ text: f.zh, zh: false }]),
    );
  });

  it('gives the check date and escapes what it puts into markup', () => {
    expect(page.license.items.join('')).toContain(periods.asOf);
    expect(page.sources.items).toHaveLength(library.plans.length);
  });
});
