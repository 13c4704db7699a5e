import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '#lib/build/load.ts';
import {
  agencyPath,
  comparePath,
  measureDataPath,
  measureInPlanPath,
  measurePath,
  PAGES,
  planDataPath,
  planPath,
  sourcePath,
  taskInPlanPath,
  topicPath,
} from './paths.ts';
import { chronologicalPlans } from '#lib/compare/counterparts.ts';

const published = new Set(
  readFileSync(new URL('../../tests/published-urls.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/')),
);
const library = loadContent().library;

describe('paths', () => {
  it('make the published URL of every page the content has', () => {
    const made = [
      ...Object.values(PAGES),
      ...library.plans.map((p) => planPath(p.slug)),
      ...library.measures.map(measurePath),
      ...loadContent().topics.topics.map((t) => topicPath(t.id)),
      ...loadContent().agencies.agencies.map((a) => agencyPath(a.id)),
      ...chronologicalPlans(library).flatMap((a, i, plans) => plans.slice(i + 1).map((b) => comparePath(b, a, plans))),
    ];
    expect(made.filter((path) => !published.has(path))).toEqual([]);
  });

  it('make the published URL of every plan and measure download and source text', () => {
    const extensions = ['json', 'ris', 'bib', 'csl.json'] as const;
    const made = [
      ...library.plans.flatMap((p) => extensions.map((ext) => planDataPath(p.slug, ext))),
      ...library.measures.flatMap((m) => extensions.map((ext) => measureDataPath(m, ext))),
      ...library.plans.map((p) => sourcePath(p.meta.source)),
    ];
    expect(made.filter((path) => !published.has(path))).toEqual([]);
  });

  it('open a measure and an annex task at their place on the plan page', () => {
    const measure = library.measures[0]!;
    expect(measureInPlanPath(measure)).toBe(`${planPath(measure.plan)}#${measure.number}`);
    expect(taskInPlanPath('shapingba', 3)).toBe(`${planPath('shapingba')}#task-3`);
  });
});
