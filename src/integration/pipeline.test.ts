/**
 * The build context as `astro build` and `astro dev` use it: one parse of each plan per build, and
 * in dev an edit to content/ (a measure's text, a frontmatter field, taxonomy.yaml) reaches the
 * next page load, with the alignment and the counterparts recomputed. Runs on a copy of content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_DIR, planParses } from '#lib/build/load.ts';
import { getBuildContext, refreshBuildContext, type BuildContext } from '#lib/build/context.ts';
import { getLibrary, getTopics } from '#lib/build/collections.ts';
import { contentWatch, type WatchedServer } from './pipeline.ts';

let dir: string;
let contentDir: string;
/** The dev server's side: the watch listener the plugin registers, and the reloads it asks for. */
let changed: (event: string, path: string) => void;
const reloads: string[] = [];
const silent = { info: () => {}, error: () => {} };

function replaceIn(file: string, from: string, to: string) {
  const path = join(contentDir, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} holds ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** Edits files of the copy as an editor would, then lets the watcher see them, as dev does. */
async function afterEdit(edits: () => void): Promise<BuildContext> {
  edits();
  changed('change', join(contentDir, 'plans', 'x.mdx'));
  return getBuildContext();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'context-'));
  contentDir = join(dir, 'content');
  cpSync(CONTENT_DIR, contentDir, { recursive: true });
  const server: WatchedServer = {
    watcher: { add: () => {}, on: (_event, listener) => (changed = listener) },
    ws: { send: (payload) => reloads.push(payload.type) },
  };
  contentWatch(contentDir, silent).configureServer(server);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build context', () => {
  it('parses each plan once however many pages ask for it', async () => {
    const before = planParses();
    const context = refreshBuildContext(contentDir);
    const plans = context.library.plans.length;
    expect(planParses() - before).toBe(plans);
    // Every page asks, through either door, and gets the same objects.
    for (let page = 0; page < 5; page++) {
      expect(await getBuildContext()).toBe(context);
      expect(await getLibrary()).toBe(context.library);
      expect(await getTopics()).toBe(context.topics);
    }
    // A change event with nothing changed reads the files again but parses nothing.
    changed('change', join(contentDir, 'taxonomy.yaml'));
    expect(await getBuildContext()).toBe(context);
    expect(planParses() - before).toBe(plans);
  }, 60_000);

  it('follows an edit to a measure’s text, with its counterparts and neighbours', async () => {
    const context = await getBuildContext();
    // The later measure most wholly taken from an earlier one; the edit replaces everything but its title.
    const link = [...context.counterparts.links].sort((x, y) => y.toShare - x.toShare)[0]!;
    const measure = context.library.measure(link.to);
    const plan = context.library.plan(measure.plan);
    const body = measure.text.slice(measure.title.length + 1, measure.text.indexOf('（牵头'));
    expect(body.length).toBeGreaterThan(20);
    // Words with no glossary term or figure, so the English translation (not edited) still passes its checks.
    const replacement = '开展宣传活动。';
    const pairScore = (c: BuildContext) =>
      c.alignment.pairs.find((p) => [p.a, p.b].sort().join() === [link.from, link.to].sort().join())?.score ?? 0;

    const edited = await afterEdit(() => {
      replaceIn(plan.file.replace(/^content\//, ''), body, replacement);
      replaceIn(`sources/${plan.meta.source}`, body, replacement);
    });
    expect(reloads.at(-1)).toBe('full-reload');
    expect(edited).not.toBe(context);
    expect(edited.library.measure(measure.id).text).toContain(replacement);
    const links = edited.counterpartIndex.byMeasure.get(measure.id) ?? [];
    const after = links.find((l) => l.from === link.from);
    expect(after === undefined || after.toShare < link.toShare).toBe(true);
    expect(pairScore(edited)).toBeLessThan(pairScore(context));
  }, 60_000);

  it('follows an edit to a plan’s shortName and to taxonomy.yaml', async () => {
    const context = await getBuildContext();
    const plan = context.library.plans[0]!;
    const category = context.topics.categories[0]!;
    const shortName = `${plan.meta.shortName}试`;
    const categoryName = `${category.name}（改）`;
    const edited = await afterEdit(() => {
      replaceIn(
        plan.file.replace(/^content\//, ''),
        `shortName: ${plan.meta.shortName}\n`,
        `shortName: ${shortName}\n`,
      );
      replaceIn('taxonomy.yaml', `name: ${category.name}\n`, `name: ${categoryName}\n`);
    });
    expect(edited.library.plan(plan.slug).meta.shortName).toBe(shortName);
    expect(edited.topics.categories.find((c) => c.id === category.id)!.name).toBe(categoryName);
    expect(edited.digest).not.toBe(context.digest);
  }, 60_000);

  it('stops on a content problem with the checks’ message, and recovers when it is fixed', async () => {
    const context = await getBuildContext();
    const plan = context.library.plans[0]!;
    const file = plan.file.replace(/^content\//, '');
    const original = readFileSync(join(contentDir, file), 'utf8');
    await expect(
      afterEdit(() => replaceIn(file, `dateIssued: "${plan.meta.dateIssued}"`, 'dateIssued: "2023-02-30"')),
    ).rejects.toThrow(new RegExp(`${plan.file}:\\d+ \\(dateIssued\\)`));
    const fixed = await afterEdit(() => writeFileSync(join(contentDir, file), original));
    expect(fixed.library.plan(plan.slug).meta.dateIssued).toBe(plan.meta.dateIssued);
  }, 60_000);
});
