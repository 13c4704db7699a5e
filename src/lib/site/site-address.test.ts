import { describe, expect, it } from 'vitest';
import { missingSiteWarning } from './site-address.ts';

describe('the warning of a build without SITE_URL', () => {
  const warning = missingSiteWarning();

  it('names the files that carry relative URLs', () => {
    for (const file of ['.ris', '.bib', '.csl.json', '/data/*.csv', '/data/*.json']) expect(warning).toContain(file);
    expect(warning).toMatch(/relative URLs/);
  });

  it('says how to set the address', () => {
    expect(warning).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
  });
});
