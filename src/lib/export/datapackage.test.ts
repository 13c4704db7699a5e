import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import { DOWNLOADS, dataPackage } from './datapackage.ts';
import { profile } from '#tests/data-package-profiles.ts';

const info = {
  version: '1.0.0',
  asOf: '2026-11-21',
  plans: [{ title: '示例方案', issuers: ['示例区人民政府办公室'], dateIssued: '2023-01-02' }],
};

describe('datapackage.json', () => {
  for (const site of [undefined, 'https://plans.example.cn']) {
    it(`validates against the Data Package profile (site ${site ?? 'not set'})`, () => {
      const ajv = new Ajv({ allErrors: true, strict: false });
      const validate = ajv.compile(profile('datapackage', 'data-package.json'));
      const ok = validate(dataPackage({ ...info, site }));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('gives every resource a Table Schema that validates against the Table Schema profile', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(profile('tableschema', 'table-schema.json'));
    for (const resource of dataPackage({ ...info, site: undefined }).resources) {
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

  it('dates itself from the recorded date, not the clock', () => {
    expect(dataPackage({ ...info, site: undefined }).created).toBe('2026-11-21T00:00:00Z');
  });
});
