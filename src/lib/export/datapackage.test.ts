import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import { CSV_DIALECT, DOWNLOADS, dataPackage } from './datapackage.ts';
import { profile } from '#tests/data-package-profiles.ts';

const info = {
  version: '1.0.0',
  asOf: '2026-11-21',
  plans: [{ title: '示例方案', issuers: ['示例区人民政府办公室'], dateIssued: '2023-01-02' }],
};

describe('datapackage.json', () => {
  for (const site of [undefined, 'https://plans.example.cn']) {
    it(`validates against the Data Package v1.0 profile, each resource against its own (site ${site ?? 'not set'})`, () => {
      const ajv = new Ajv({ allErrors: true, strict: false });
      const validate = ajv.compile(profile('datapackage', 'data-package.json'));
      const descriptor = dataPackage({ ...info, site });
      const ok = validate(descriptor);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      // v1.0 checks a CSV dialect (delimiter and doubleQuote required) only under the resource's profile.
      const resourceProfiles = {
        'tabular-data-resource': ajv.compile(profile('datapackage', 'tabular-data-resource.json')),
        'data-resource': ajv.compile(profile('datapackage', 'data-resource.json')),
      };
      for (const resource of descriptor.resources) {
        const check = resourceProfiles[resource.profile];
        expect(check(resource), `${resource.name}: ${JSON.stringify(check.errors)}`).toBe(true);
      }
    });
  }

  it('follows v2.0: tabular resources are typed table with a schema and dialect, plain JSON is neither', () => {
    const descriptor = dataPackage({ ...info, site: undefined });
    for (const resource of descriptor.resources) {
      if (resource.profile === 'tabular-data-resource') {
        expect(resource, resource.name).toMatchObject({ type: 'table' });
        expect(resource, resource.name).toHaveProperty('schema');
      } else {
        expect(resource, resource.name).not.toHaveProperty('type');
        expect(resource, resource.name).not.toHaveProperty('schema');
      }
      if (resource.format === 'csv') expect(resource, resource.name).toMatchObject({ dialect: CSV_DIALECT });
      // A property neither version defines is not read by any reader.
      expect(resource, resource.name).not.toHaveProperty('rowsAt');
    }
  });

  it('declares a JSON file tabular only when it is an array of rows, and every CSV tabular', () => {
    for (const d of DOWNLOADS) {
      const declared = dataPackage({ ...info, site: undefined }).resources.find((r) => r.name === d.name)!;
      const tabular = d.file.endsWith('.csv') || d.rowsProperty === undefined;
      expect(declared.profile, d.name).toBe(tabular ? 'tabular-data-resource' : 'data-resource');
    }
  });

  it('gives every resource a Table Schema that validates against the Table Schema profile', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(profile('tableschema', 'table-schema.json'));
    for (const resource of DOWNLOADS) {
      expect(validate(resource.schema), `${resource.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('has foreign keys that point at resources of the package and their fields', () => {
    const byName = new Map(DOWNLOADS.map((d) => [d.name, d]));
    for (const d of DOWNLOADS)
      for (const fk of d.schema.foreignKeys ?? []) {
        const target = byName.get(fk.reference.resource);
        expect(target, `${d.name} → ${fk.reference.resource}`).toBeDefined();
        expect(target!.schema.fields.map((f) => f.name)).toContain(fk.reference.fields);
        expect(d.schema.fields.map((f) => f.name)).toContain(fk.fields);
      }
  });

  it('publishes the Chinese field descriptions of the schemas, without the English of /en/data/', () => {
    const descriptor = dataPackage({ ...info, site: undefined });
    expect(JSON.stringify(descriptor)).not.toMatch(/"descriptionEn":/);
    for (const resource of descriptor.resources) {
      if (!('schema' in resource)) continue;
      const fields = DOWNLOADS.find((d) => d.name === resource.name)!.schema.fields;
      expect(
        resource.schema.fields.map((f) => f.description),
        resource.name,
      ).toEqual(fields.map((f) => f.description));
    }
  });

  it('dates itself from the recorded date, not the clock', () => {
    expect(dataPackage({ ...info, site: undefined }).created).toBe('2026-11-21T00:00:00Z');
  });
});
