import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { FILTER_NAMES } from './engine.ts';
import { searchPage } from './views.ts';

const { library, topics } = loadContent();

describe('the search page', () => {
  const page = searchPage({ library, topics });

  it('offers every filter, a plan option per plan, and the topics as JSON a script element can hold', () => {
    expect(page.filters.map((f) => f.name)).toEqual([...FILTER_NAMES]);
    expect(Object.keys(page.filters.find((f) => f.name === 'plan')!.options)).toEqual(library.plans.map((p) => p.slug));
    expect(page.topicsJson).not.toContain('<');
    expect(JSON.parse(page.topicsJson)).toHaveLength(topics.topics.length);
  });
});
