/**
 * Round trip on the five received texts: importing each gives its curated plan — the same measure
 * numbers, text and unit lists (after NFKC and white space), annex tasks and frontmatter facts —
 * and the same within 2 points on layout variants generated here. Topic suggestions are scored
 * with the plan's own topics left out of the library they are drawn from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { draftPlan } from './draft.ts';
import { suggestPeriod, suggestTargets, suggestTopicsFor } from './suggest.ts';
import { scoreAnnexTasks, scoreFrontmatter, scoreMeasures, scorePeriod, scoreTargets, scoreTopics } from './scores.ts';
import { VARIANTS } from './variants.ts';
import { CONTENT_DIR, loadIntakeContext, type IntakeContext } from './content.ts';

let context: IntakeContext;
beforeAll(() => {
  context = loadIntakeContext();
}, 20_000);

const sourceOf = (file: string) => readFileSync(join(CONTENT_DIR, 'sources', file), 'utf8');
const refs = () => context.library.plans.map((p) => ({ slug: p.slug, title: p.meta.title }));

/** Share of the library's measures an import reproduces, over every source, with `damage` done to each text. */
function roundTrip(damage: (text: string) => string = (t) => t) {
  let matched = 0;
  let total = 0;
  const misses: string[] = [];
  const problems: string[] = [];
  for (const plan of context.library.plans) {
    const draft = draftPlan(damage(sourceOf(plan.meta.source)), {
      slug: plan.slug,
      sourceName: plan.meta.source,
      library: refs(),
    });
    const score = scoreMeasures(draft.plan, plan);
    matched += score.matched;
    total += score.total;
    misses.push(
      ...score.misses.map((m) => `${plan.slug}/${m.number} (${m.why})`),
      ...score.extra.map((n) => `${plan.slug}: extra ${n}`),
    );
    problems.push(...draft.problems.map((p) => p.message));
  }
  return { share: matched / total, total, misses, problems };
}

describe('import round trip on the five sources', () => {
  test('reproduces at least 98% of the library measures, and each draft passes the checks against its own source', () => {
    const { share, total, misses, problems } = roundTrip();
    expect(total).toBe(context.library.measures.length);
    expect(share, `missed: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.98);
    expect(problems).toEqual([]);
  }, 20_000);

  test('reads every frontmatter fact the texts print as the curated plans record it, and the annex tasks', () => {
    const wrong: string[] = [];
    let annex = { matched: 0, total: 0 };
    for (const plan of context.library.plans) {
      const draft = draftPlan(sourceOf(plan.meta.source), {
        slug: plan.slug,
        sourceName: plan.meta.source,
        library: refs(),
      });
      for (const { field, same } of scoreFrontmatter(draft.frontmatter, plan.meta))
        if (!same) wrong.push(`${plan.slug}.${field}`);
      const tasks = scoreAnnexTasks(draft.plan, plan);
      annex = { matched: annex.matched + tasks.matched, total: annex.total + tasks.total };
    }
    expect(wrong).toEqual([]);
    expect(annex.total).toBeGreaterThan(0);
    expect(annex.matched).toBe(annex.total);
  }, 20_000);

  test("suggests topics from the other plans that agree with the curators' choices", () => {
    let sum = { suggested: 0, curated: 0, agreed: 0, firstRight: 0, measures: 0 };
    for (const plan of context.library.plans) {
      const draft = draftPlan(sourceOf(plan.meta.source), { slug: 'draft', sourceName: plan.meta.source, library: [] });
      const score = scoreTopics(
        suggestTopicsFor(draft.plan!, context.library, context.topics, plan.slug),
        context.topics,
        plan.slug,
      );
      sum = Object.fromEntries(
        Object.entries(sum).map(([k, v]) => [k, v + score[k as keyof typeof score]]),
      ) as typeof sum;
    }
    // Most suggestions are right and most measures get their main topic first: an editor reviews, not starts over.
    expect(sum.agreed / sum.suggested).toBeGreaterThanOrEqual(0.5);
    expect(sum.firstRight / sum.measures).toBeGreaterThanOrEqual(0.6);
  }, 20_000);
});

describe('import round trip on damaged layouts', () => {
  for (const [name, damage] of Object.entries(VARIANTS)) {
    test(`${name}: within 2 points of the clean texts`, () => {
      const clean = roundTrip();
      const damaged = roundTrip(damage);
      expect(damaged.share, `missed: ${damaged.misses.join(', ')}`).toBeGreaterThanOrEqual(clean.share - 0.02);
    }, 20_000);
  }
});

test('a text cut off above its first part (no notice, no title) still gives every measure', () => {
  const missing: string[] = [];
  for (const plan of context.library.plans) {
    const lines = sourceOf(plan.meta.source).split('\n');
    const firstPart = lines.findIndex((line) => /^[\s#*]*一、/.test(line));
    const draft = draftPlan(lines.slice(firstPart).join('\n'), {
      slug: plan.slug,
      sourceName: plan.meta.source,
      library: [],
    });
    const score = scoreMeasures(draft.plan, plan);
    missing.push(...score.misses.map((m) => `${plan.slug}/${m.number} (${m.why})`));
    expect(draft.missing.map((m) => m.field)).toContain('title');
  }
  expect(missing).toEqual([]);
}, 20_000);

test('finds the curated period statements and most curated targets among its candidates', () => {
  let period = { matched: 0, total: 0 };
  let targets = { matched: 0, total: 0 };
  for (const plan of context.library.plans) {
    const draft = draftPlan(sourceOf(plan.meta.source), { slug: plan.slug, sourceName: plan.meta.source, library: [] });
    const p = scorePeriod(suggestPeriod(draft.plan!), context.periods.bySlug.get(plan.slug)?.statements ?? []);
    const t = scoreTargets(
      suggestTargets(draft.plan!, context.targets),
      context.targets.targets.filter((x) => x.plan === plan.slug),
    );
    period = { matched: period.matched + p.matched, total: period.total + p.total };
    targets = { matched: targets.matched + t.matched, total: targets.total + t.total };
  }
  expect(period.total).toBeGreaterThan(0);
  expect(period.matched).toBe(period.total);
  expect(targets.matched / targets.total).toBeGreaterThanOrEqual(0.8);
}, 20_000);

test("accepting a plan's suggestions adds its entries and keeps every line of the editorial files as written", async () => {
  const { acceptSuggestions } = await import('./accept.ts');
  const read = (name: string) => readFileSync(join(CONTENT_DIR, name), 'utf8');
  const texts = {
    nameEquivalents: read('name-equivalents.yaml'),
    measureTopics: read('measure-topics.yaml'),
    agencies: read('agencies.yaml'),
    targets: read('targets.yaml'),
    periods: read('periods.yaml'),
  };
  const accepted = acceptSuggestions(texts, {
    plan: 'draft',
    frontmatter: {},
    places: { abbr: '草', subdivision: '镇街' },
    topics: [],
    units: [],
    targets: [],
    period: [],
  });
  // Only the new plan's own entries are added: every line of every file is kept as written.
  for (const key of Object.keys(texts) as (keyof typeof texts)[]) {
    const before = texts[key].trimEnd().split('\n');
    const after = accepted[key].split('\n');
    expect(before.filter((line) => !after.includes(line))).toEqual([]);
  }
});
