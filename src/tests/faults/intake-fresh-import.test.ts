/**
 * A fresh import builds: each source imported under a new slug into a temporary copy of content/
 * from which its curated plan (and every editorial reference to it) was removed, every suggestion
 * accepted, then every content check run in-process as check-content does. It passes, or each
 * remaining problem is reported in the standard one-line form — and nothing is silently wrong: the
 * new plan has the curated plan's measures.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { CONTENT_DIR, loadContent, loadLibrary } from '#lib/intake/content.ts';
import { ContentErrors, type ContentError } from '#lib/content/errors.ts';
import { comparable } from '#lib/plan/source-text.ts';
import { withoutPlan, type EditorialTexts } from '#lib/intake/accept.ts';
import { importMain } from '../../../scripts/import.ts';

const FILES: Record<keyof EditorialTexts, string> = {
  nameEquivalents: 'name-equivalents.yaml',
  measureTopics: 'measure-topics.yaml',
  agencies: 'agencies.yaml',
  targets: 'targets.yaml',
  periods: 'periods.yaml',
};
const library = loadLibrary();
const dirs: string[] = [];

beforeAll(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** content/ without the plan `slug`: its file, its source and every editorial reference to it. */
function contentWithout(slug: string): { content: string; received: string } {
  const dir = mkdtempSync(join(tmpdir(), 'intake-fresh-'));
  dirs.push(dir);
  const content = join(dir, 'content');
  cpSync(CONTENT_DIR, content, { recursive: true });
  const plan = library.plan(slug);
  rmSync(join(content, 'plans', `${slug}.mdx`));
  const read = (name: string) => readFileSync(join(content, name), 'utf8');
  const texts = Object.fromEntries(
    Object.entries(FILES).map(([key, name]) => [key, read(name)]),
  ) as unknown as EditorialTexts;
  const plans = Object.fromEntries(
    readdirSync(join(content, 'plans')).map((name) => [name, read(join('plans', name))]),
  );
  const out = withoutPlan(texts, plans, slug);
  for (const [key, name] of Object.entries(FILES))
    writeFileSync(join(content, name), out.texts[key as keyof EditorialTexts]);
  for (const [name, text] of Object.entries(out.plans)) writeFileSync(join(content, 'plans', name), text);
  // The received file, outside content/: the importer stores it as the new plan's source.
  const received = join(dir, plan.meta.source);
  copyFileSync(join(CONTENT_DIR, 'sources', plan.meta.source), received);
  rmSync(join(content, 'sources', plan.meta.source));
  return { content, received };
}

const STANDARD = /^content\/[^\s:]+(:\d+)? \([^)]+\): .+; found .+; expected .+$/;

for (const plan of library.plans) {
  test(`${plan.slug}: imported afresh with every suggestion accepted, the content checks pass or say what is left`, () => {
    const { content, received } = contentWithout(plan.slug);
    const slug = `${plan.slug}-import`;
    expect(importMain([received, '--slug', slug], content)).toBe(0);
    expect(importMain(['--accept', slug], content)).toBe(0);
    // The proposed frontmatter accepted too (shortName, the one editorial field).
    const file = join(content, 'plans', `${slug}.mdx`);
    const shortName = /^ {2}shortName: (.+)$/m.exec(
      readFileSync(join(content, 'suggestions', `${slug}.yaml`), 'utf8'),
    )?.[1];
    if (shortName)
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^shortName: ""$/m, `shortName: ${shortName}`));
    let problems: ContentError[] = [];
    try {
      const { library: imported } = loadContent(content);
      const measures = imported.plan(slug).measures;
      expect(measures.map((m) => [m.number, comparable(m.text)])).toEqual(
        plan.measures.map((m) => [m.number, comparable(m.text)]),
      );
    } catch (error) {
      if (!(error instanceof ContentErrors)) throw error;
      problems = error.errors;
    }
    for (const problem of problems) expect(problem.message).toMatch(STANDARD);
  }, 20_000);
}
