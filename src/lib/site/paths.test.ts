import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadAgencies, loadLibrary, loadTopics } from '#lib/content/load.ts';
import { agencyPath, measureInPlanPath, measurePath, PAGES, planPath, taskInPlanPath, topicPath } from './paths.ts';

const published = new Set(
  readFileSync(new URL('../../tests/published-urls.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/')),
);
const library = loadLibrary();

describe('paths', () => {
  it('make the published URL of every page the content has', () => {
    const made = [
      ...Object.values(PAGES),
      ...library.plans.map((p) => planPath(p.slug)),
      ...library.measures.map(measurePath),
      ...loadTopics(library).topics.map((t) => topicPath(t.id)),
      ...loadAgencies(library).agencies.map((a) => agencyPath(a.id)),
    ];
    expect(made.filter((path) => !published.has(path))).toEqual([]);
  });

  it('open a measure and an annex task at their place on the plan page', () => {
    const measure = library.measures[0]!;
    expect(measureInPlanPath(measure)).toBe(`${planPath(measure.plan)}#${measure.number}`);
    expect(taskInPlanPath('shapingba', 3)).toBe(`${planPath('shapingba')}#task-3`);
  });
});
