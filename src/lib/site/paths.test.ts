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
  editionOf,
  pagePath,
  pathInEdition,
  planDataPath,
  planPath,
  sourcePath,
  taskInPlanPath,
  topicPath,
} from './paths.ts';
import { chronologicalPlans } from '#lib/compare/counterparts.ts';
import { LOCALES } from '#lib/i18n/catalogue.ts';

const published = new Set(
  readFileSync(new URL('../../tests/published-urls.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/')),
);
const library = loadContent().library;

describe('paths', () => {
  it.each(LOCALES)('make the published URL of every page the content has, in the %s edition', (locale) => {
    const made = [
      ...(Object.keys(PAGES) as (keyof typeof PAGES)[])
        .filter((page) => page !== 'compareTextLibrary')
        .map((page) => pagePath(page, locale)),
      ...library.plans.map((p) => planPath(p.slug, locale)),
      ...library.measures.map((m) => measurePath(m, locale)),
      ...loadContent().topics.topics.map((t) => topicPath(t.id, locale)),
      ...loadContent().agencies.agencies.map((a) => agencyPath(a.id, locale)),
      ...chronologicalPlans(library).flatMap((a, i, plans) =>
        plans.slice(i + 1).map((b) => comparePath(b, a, plans, locale)),
      ),
    ];
    expect(made.filter((path) => !published.has(path))).toEqual([]);
    expect(made.every((path) => editionOf(path) === locale)).toBe(true);
  });

  it('give every page one twin in the other edition, and back', () => {
    for (const path of [planPath('tongnan'), measurePath({ plan: 'tongnan', number: '9' }), PAGES.home]) {
      const english = pathInEdition(path, 'en');
      expect(english).toBe(`/en${path}`);
      expect(pathInEdition(english, 'zh-CN')).toBe(path);
      expect(pathInEdition(english, 'en')).toBe(english);
    }
    // The not-found pages are twins too, though one is a file and the other a folder.
    expect(pathInEdition('/404.html', 'en')).toBe('/en/404/');
    expect(pathInEdition('/en/404/', 'zh-CN')).toBe('/404.html');
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
