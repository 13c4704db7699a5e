/**
 * Links last: every URL in published-urls.txt must still be served. The list only grows — a
 * change that drops or renames a page (above all a measure page) fails here. New pages must be
 * added to the list, so publishing a URL is always a deliberate act.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allPages, pageExists, requireBuild } from '#tests/built-site.ts';

const published = readFileSync(new URL('../published-urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

beforeAll(requireBuild);

describe('published URLs', () => {
  it('are all still served by the built site', () => {
    expect(published.length).toBeGreaterThan(0);
    expect(published.filter((url) => !pageExists(url))).toEqual([]);
  });

  it('include every page the site now builds', () => {
    const unlisted = allPages().filter((page) => !published.includes(page));
    expect(unlisted, 'add these to src/tests/published-urls.txt').toEqual([]);
  });

  it('are listed once each', () => {
    expect(published.length).toBe(new Set(published).size);
  });
});
