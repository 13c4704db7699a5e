import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { DOWNLOADS } from './datapackage.ts';
import { fieldDescriptions } from './table-schema.ts';
import { dataPage } from './views.ts';
import { dataFilePath } from '#lib/site/paths.ts';

const { library, periods } = loadContent();

describe('the data page', () => {
  const page = dataPage({ library, periods });

  it('links every download and describes every field of its schema', () => {
    expect(page.tables.downloads.map((d) => d.href)).toEqual(DOWNLOADS.map((d) => dataFilePath(d.file)));
    page.tables.downloads.forEach((d, i) => {
      for (const field of Object.keys(fieldDescriptions(DOWNLOADS[i]!.schema)))
        expect(d.fields.fields).toHaveProperty(field);
    });
  });

  it('gives the check date and escapes what it puts into markup', () => {
    expect(page.license.items.join('')).toContain(periods.asOf);
    expect(page.sources.items).toHaveLength(library.plans.length);
  });
});
