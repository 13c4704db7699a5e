/**
 * /data/datapackage.json against the Data Package v1.0 profiles (the package's, and each resource's
 * own: tabular or plain JSON), and every row of every download against its Table Schema: types,
 * required fields and enums by tableschema (the Frictionless JavaScript library), primary keys unique
 * and foreign keys resolving, checked here. A plain-JSON resource's rows are read where /data/ says
 * they are (DOWNLOADS), as a generic reader cannot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import Ajv from 'ajv-draft-04';
import tableschema from 'tableschema';
import { parse as parseHtml } from 'node-html-parser';
import { readDistText, readPage, requireBuild, pageExists } from '#tests/built-site.ts';
import { profile } from '#tests/data-package-profiles.ts';
import type { TableSchema } from '#lib/export/table-schema.ts';
import { DOWNLOADS } from '#lib/export/datapackage.ts';

interface Resource {
  name: string;
  path: string;
  format: string;
  profile: 'tabular-data-resource' | 'data-resource';
  /** Only on a tabular resource. */
  schema?: TableSchema;
}
interface Descriptor {
  resources: Resource[];
  created: string;
  licenses: { name: string }[];
}

let descriptor: Descriptor;
/** Resource name → its rows as objects keyed by field name (CSV cells as text, JSON values as they are). */
const rows = new Map<string, Record<string, unknown>[]>();

/** The Table Schema a download's rows follow: the resource's own, or for plain JSON the one /data/ shows. */
const schemaOf = (resource: Resource): TableSchema =>
  resource.schema ?? DOWNLOADS.find((d) => d.name === resource.name)!.schema;

beforeAll(() => {
  requireBuild();
  descriptor = JSON.parse(readDistText('/data/datapackage.json'));
  for (const resource of descriptor.resources) {
    const text = readDistText(`/data/${resource.path}`);
    if (resource.format === 'csv') {
      expect(text.charCodeAt(0), `${resource.path} starts with a BOM`).toBe(0xfeff);
      expect(text.replace(/\r\n/g, ''), `${resource.path} uses CRLF only`).not.toMatch(/\n(?=[^"]*$)/);
      rows.set(resource.name, parse(text, { bom: true, columns: true }) as Record<string, string>[]);
    } else {
      const data = JSON.parse(text);
      const property = DOWNLOADS.find((d) => d.name === resource.name)!.rowsProperty;
      // A tabular JSON resource is the array of rows itself, as a generic reader expects.
      expect(Array.isArray(data), `${resource.path} is an array of rows`).toBe(
        resource.profile === 'tabular-data-resource',
      );
      rows.set(resource.name, (property ? data[property] : data) as Record<string, unknown>[]);
    }
  }
});

describe('datapackage.json', () => {
  it('validates against the Data Package v1.0 profile, each resource against its own', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(profile('datapackage', 'data-package.json'));
    validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    for (const resource of descriptor.resources) {
      const check = ajv.compile(profile('datapackage', `${resource.profile}.json`));
      check(resource);
      expect(check.errors ?? [], resource.name).toEqual([]);
    }
  });

  it('lists every CSV and JSON download in /data/, each file served', () => {
    const listed = descriptor.resources.map((r) => r.path).sort();
    for (const path of listed) expect(pageExists(`/data/${path}`), path).toBe(true);
    const links = readDistText('/data/')
      .match(/href="\/data\/[^"/]+\.(csv|json)"/g)!
      .map((h) => h.slice('href="/data/'.length, -1))
      .filter((f) => f !== 'datapackage.json');
    expect(listed).toEqual([...new Set(links)].sort());
  });

  it('every row of every resource conforms to its Table Schema', async () => {
    for (const resource of descriptor.resources) {
      const schema = await tableschema.Schema.load(schemaOf(resource));
      const data = rows.get(resource.name)!;
      expect(data.length, resource.name).toBeGreaterThan(0);
      data.forEach((row, i) => {
        // CSV columns stand in schema order; JSON objects may order their keys (stable JSON sorts them).
        const names = resource.format === 'csv' ? Object.keys(row) : Object.keys(row).sort();
        const expected = resource.format === 'csv' ? schema.fieldNames : [...schema.fieldNames].sort();
        expect(names, `${resource.name} row ${i + 1}: fields`).toEqual(expected);
        expect(
          () => schema.castRow(schema.fieldNames.map((f) => row[f])),
          `${resource.name} row ${i + 1}`,
        ).not.toThrow();
      });
    }
  });

  it('has unique primary keys and foreign keys that resolve', () => {
    const key = (row: Record<string, unknown>, fields: string | string[]) =>
      [fields]
        .flat()
        .map((f) => String(row[f]))
        .join('\u0000');
    for (const resource of descriptor.resources) {
      const data = rows.get(resource.name)!;
      const tableSchema = schemaOf(resource);
      if (tableSchema.primaryKey) {
        const keys = data.map((r) => key(r, tableSchema.primaryKey!));
        expect(keys.length, `${resource.name} primary key unique`).toBe(new Set(keys).size);
      }
      for (const fk of tableSchema.foreignKeys ?? []) {
        const targets = new Set(rows.get(fk.reference.resource)!.map((r) => String(r[fk.reference.fields])));
        const dangling = data.map((r) => r[fk.fields]).filter((v) => v !== null && v !== '' && !targets.has(String(v)));
        expect(dangling, `${resource.name}.${fk.fields} → ${fk.reference.resource}`).toEqual([]);
      }
    }
  });

  it('describes the fields in Chinese only: the English of /en/data/ is not published', () => {
    const fields = descriptor.resources.flatMap((r) => r.schema?.fields ?? []);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((f) => 'descriptionEn' in f).map((f) => f.name)).toEqual([]);
    expect(fields.filter((f) => !/\p{Script=Han}/u.test(f.description)).map((f) => f.name)).toEqual([]);
  });

  it('/en/data/ describes the same fields as /data/, in English: no field row is marked Chinese', () => {
    const rowsOf = (path: string) => readPage(path).querySelectorAll('tbody tr');
    const english = rowsOf('/en/data/');
    expect(english.length).toBe(rowsOf('/data/').length);
    expect(english.filter((row) => row.getAttribute('lang') !== undefined).length).toBe(0);
    const unmarked = english.map((row) => {
      const copy = parseHtml(row.outerHTML);
      for (const chinese of copy.querySelectorAll('[lang="zh-CN"]')) chinese.remove();
      return copy.textContent;
    });
    expect(unmarked.filter((text) => /\p{Script=Han}/u.test(text))).toEqual([]);
  });

  it('states the editorial licence and a date that is not the build clock', () => {
    expect(descriptor.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(descriptor.created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
});
