/** The topic and alignment downloads against the measures, and the build's determinism. */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, pageExists, readDistText, requireBuild } from '#tests/built-site.ts';
import { currentBuildContext } from '#lib/build/context.ts';

interface TopicsJson {
  topics: { id: string; name: string; nameEn: string; category: string; measures: string[] }[];
  categories: { id: string }[];
}
interface AlignmentJson {
  pairs: { a: string; b: string; score: number }[];
  reuse: { from: string; to: string; share: number; characters: number; shared: number; generic: number }[];
}

let measureIds: string[];
let topics: TopicsJson;
let alignment: AlignmentJson;

beforeAll(() => {
  requireBuild();
  measureIds = (JSON.parse(readDistText('/data/measures.json')) as { id: string }[]).map((m) => m.id);
  topics = JSON.parse(readDistText('/data/topics.json'));
  alignment = JSON.parse(readDistText('/data/alignment.json'));
});

describe('topics.json', () => {
  it('gives every measure at least one topic, and names only measures that exist', () => {
    const tagged = new Set(topics.topics.flatMap((t) => t.measures));
    expect(measureIds.filter((id) => !tagged.has(id))).toEqual([]);
    expect([...tagged].filter((id) => !measureIds.includes(id))).toEqual([]);
  });

  it('has a comparison page for every topic, in a known category', () => {
    const categories = topics.categories.map((c) => c.id);
    for (const topic of topics.topics) {
      expect(pageExists(`/topics/${topic.id}/`), topic.id).toBe(true);
      expect(categories).toContain(topic.category);
      expect(topic.nameEn.length).toBeGreaterThan(0);
    }
  });
});

describe('alignment.json', () => {
  it('pairs only measures of different plans, each listed once, scores within 0–1', () => {
    const seen = new Set<string>();
    for (const { a, b, score } of alignment.pairs) {
      expect(measureIds).toContain(a);
      expect(measureIds).toContain(b);
      expect(a.split('/')[0]).not.toBe(b.split('/')[0]);
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(seen.has(`${b} ${a}`) || seen.has(`${a} ${b}`)).toBe(false);
      seen.add(`${a} ${b}`);
    }
  });

  it('lists each ordered pair of plans that shares text once, with shares that match their counts', () => {
    const plans = [...new Set(measureIds.map((id) => id.split('/')[0]!))];
    const pairs = alignment.reuse.map((c) => `${c.from} ${c.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(alignment.reuse.length).toBeGreaterThan(0);
    expect(alignment.reuse.length).toBeLessThanOrEqual(plans.length * (plans.length - 1));
    for (const cell of alignment.reuse) {
      expect(plans).toContain(cell.from);
      expect(plans).toContain(cell.to);
      expect(cell.from).not.toBe(cell.to);
      // A pair is listed only when it shares something; a pair not listed shares nothing.
      expect(cell.shared + cell.generic).toBeGreaterThan(0);
      expect(cell.share).toBeCloseTo(cell.shared / cell.characters, 3);
    }
  });

  it('keeps at most k neighbours per measure, so the pairs grow linearly with the measures', () => {
    const k = currentBuildContext().alignment.parameters.neighbours;
    const scores = new Map<string, number[]>();
    for (const { a, b, score } of alignment.pairs) {
      for (const id of [a, b]) scores.set(id, [...(scores.get(id) ?? []), score]);
    }
    // Every pair is among the k best of at least one of its two measures.
    const within = (id: string, score: number) => scores.get(id)!.filter((s) => s > score).length < k;
    for (const { a, b, score } of alignment.pairs) expect(within(a, score) || within(b, score), `${a} ${b}`).toBe(true);
    expect(alignment.pairs.length).toBeLessThanOrEqual(k * measureIds.length);
    expect(alignment.pairs.length).toBeGreaterThan(0);
  });
});

describe('the build', () => {
  it('is deterministic: a second build gives byte-identical data files, parsing each plan once', () => {
    const astro = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
    const out = mkdtempSync(join(tmpdir(), 'second-build-'));
    try {
      const log = execFileSync(process.execPath, [astro, 'build', '--outDir', out], {
        stdio: 'pipe',
        encoding: 'utf8',
      });
      // The integration counts the plans parsed in the build's one process: pages add no parse of their own.
      const plans = readdirSync(join(process.cwd(), 'content', 'plans')).filter((f) => f.endsWith('.mdx')).length;
      expect(log).toContain(`each of the ${plans} plans parsed 1 time(s) in this build`);
      const files = readdirSync(join(DIST, 'data')).filter((f) => /\.(json|csv)$/.test(f));
      expect(files.length).toBeGreaterThanOrEqual(5);
      for (const file of files) {
        expect(readFileSync(join(out, 'data', file)).equals(readFileSync(join(DIST, 'data', file))), file).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
