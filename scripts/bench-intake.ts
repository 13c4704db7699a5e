/**
 * The figures README gives for the importer and compare-text (npm run bench:intake): round trip on
 * the five sources and on the layout variants, frontmatter facts, annex tasks, topic suggestions
 * (each plan's own topics left out), compare-text's recall of the build's links, and the time for a
 * 100,000-character text. Timing is measured here, never asserted in tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeCounterparts } from '#lib/compare/counterparts.ts';
import { draftPlan } from '#lib/intake/draft.ts';
import { suggestAll, suggestPeriod, suggestTargets, suggestTopicsFor } from '#lib/intake/suggest.ts';
import { compareText } from '#lib/intake/compare.ts';
import {
  scoreAnnexTasks,
  scoreFrontmatter,
  scoreMeasures,
  scorePeriod,
  scoreTargets,
  scoreTopics,
} from '#lib/intake/scores.ts';
import { VARIANTS, paginated, rewrapped } from '#lib/intake/variants.ts';
import { CONTENT_DIR, loadIntakeContext } from '#lib/intake/content.ts';

const read = (name: string) => readFileSync(join(CONTENT_DIR, name), 'utf8');
const started = performance.now();
const context = loadIntakeContext();
const loadMs = performance.now() - started;
const plans = context.library.plans;
const refs = plans.map((p) => ({ slug: p.slug, title: p.meta.title }));
const percent = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} % (${a}/${b})`;

function roundTrip(damage: (t: string) => string = (t) => t) {
  let matched = 0;
  let total = 0;
  for (const plan of plans) {
    const draft = draftPlan(damage(read(join('sources', plan.meta.source))), {
      slug: plan.slug,
      sourceName: plan.meta.source,
      library: refs,
    });
    const s = scoreMeasures(draft.plan, plan);
    matched += s.matched;
    total += s.total;
  }
  return { matched, total };
}

const clean = roundTrip();
console.log(`measures reproduced: ${percent(clean.matched, clean.total)}`);
for (const [name, damage] of Object.entries(VARIANTS)) {
  const r = roundTrip(damage);
  console.log(`  ${name}: ${percent(r.matched, r.total)}`);
}
// Beyond the tests' variants: other wrap widths and denser page breaks.
for (const columns of [20, 25, 40]) {
  const r = roundTrip((t) => rewrapped(t, columns));
  console.log(`  rewrapped at ${columns}: ${percent(r.matched, r.total)}`);
}
const dense = roundTrip((t) => paginated(t, 7));
console.log(`  a page break every 7 lines: ${percent(dense.matched, dense.total)}`);
let fields = 0;
let fieldsRight = 0;
let annex = { matched: 0, total: 0 };
let topics = { suggested: 0, curated: 0, agreed: 0, firstRight: 0, measures: 0 };
for (const plan of plans) {
  const draft = draftPlan(read(join('sources', plan.meta.source)), {
    slug: plan.slug,
    sourceName: plan.meta.source,
    library: refs,
  });
  for (const f of scoreFrontmatter(draft.frontmatter, plan.meta)) {
    fields++;
    if (f.same) fieldsRight++;
    else console.log(`  frontmatter differs: ${plan.slug}.${f.field}`);
  }
  const a = scoreAnnexTasks(draft.plan, plan);
  annex = { matched: annex.matched + a.matched, total: annex.total + a.total };
  const t = scoreTopics(
    suggestTopicsFor(draft.plan!, context.library, context.topics, plan.slug),
    context.topics,
    plan.slug,
  );
  topics = Object.fromEntries(Object.entries(topics).map(([k, v]) => [k, v + t[k as keyof typeof t]])) as typeof topics;
}
console.log(`frontmatter facts read as curated: ${percent(fieldsRight, fields)}`);
// The draft's body against the curated MDX body, line by line (blank lines aside).
const bodyLines = (mdx: string) =>
  mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((l) => l.trim());
let sameBodies = 0;
for (const plan of plans) {
  const draft = draftPlan(read(join('sources', plan.meta.source)), {
    slug: plan.slug,
    sourceName: plan.meta.source,
    library: refs,
  });
  const got = bodyLines(draft.mdx);
  const want = bodyLines(read(join('plans', `${plan.slug}.mdx`)));
  if (got.join('\n') === want.join('\n')) sameBodies++;
  else console.log(`  body differs: ${plan.slug} (${got.length} lines against ${want.length})`);
}
console.log(`draft bodies identical to the curated MDX (line for line): ${sameBodies} of ${plans.length}`);
console.log(`annex tasks: ${percent(annex.matched, annex.total)}`);
let period = { matched: 0, total: 0 };
let targets = { matched: 0, total: 0, candidates: 0 };
for (const plan of plans) {
  const draft = draftPlan(read(join('sources', plan.meta.source)), {
    slug: plan.slug,
    sourceName: plan.meta.source,
    library: refs,
  });
  const p = scorePeriod(suggestPeriod(draft.plan!), context.periods.bySlug.get(plan.slug)?.statements ?? []);
  period = { matched: period.matched + p.matched, total: period.total + p.total };
  const candidates = suggestTargets(draft.plan!, context.targets);
  const t = scoreTargets(
    candidates,
    context.targets.targets.filter((x) => x.plan === plan.slug),
  );
  targets = {
    matched: targets.matched + t.matched,
    total: targets.total + t.total,
    candidates: targets.candidates + candidates.length,
  };
}
console.log(`period statements found: ${percent(period.matched, period.total)}`);
console.log(
  `curated targets whose figure stands in a candidate's quote: ${percent(targets.matched, targets.total)} (${targets.candidates} candidates)`,
);
console.log(
  `topics (own plan left out): precision ${percent(topics.agreed, topics.suggested)}, recall ${percent(topics.agreed, topics.curated)}, first topic right ${percent(topics.firstRight, topics.measures)}`,
);

const inputs = {
  agenciesYaml: read('agencies.yaml'),
  namesYaml: read('name-equivalents.yaml'),
  scale: context.scale,
  targets: context.targets,
};
const links = computeCounterparts(context.library, context).counterparts.links;
let wanted = 0;
let found = 0;
let extra = 0;
for (const plan of plans) {
  const draft = draftPlan(read(join('sources', plan.meta.source)), {
    slug: 'text',
    sourceName: 'text.txt',
    library: [],
  });
  const result = compareText(draft.plan!, context.library, inputs, [plan.slug]);
  const own = `${plan.slug}/`;
  const expected = new Set(
    links
      .filter((l) => l.from.startsWith(own) || l.to.startsWith(own))
      .map((l) =>
        l.from.startsWith(own) ? `${l.from.slice(own.length)}|${l.to}` : `${l.to.slice(own.length)}|${l.from}`,
      ),
  );
  const got = new Set(result.measures.flatMap((m) => m.links.map((l) => `${m.number}|${l.measure}`)));
  wanted += expected.size;
  found += [...expected].filter((k) => got.has(k)).length;
  extra += [...got].filter((k) => !expected.has(k)).length;
}
console.log(
  `compare-text recall of the build's links: ${percent(found, wanted)}, links the build does not have: ${extra}`,
);

// A 100,000-character plan: the longest sequential source with its measures printed again, numbered
// on, after its last measure, until the text is that long.
const longest = plans
  .filter((p) => p.meta.measureNumbering === 'sequential')
  .map((p) => read(join('sources', p.meta.source)))
  .sort((a, b) => b.length - a.length)[0]!;
const lines = longest.split('\n');
const items = lines.filter((l) => /^\d+[.．]/.test(l));
const last = lines.lastIndexOf(items.at(-1)!);
const extraLines: string[] = [];
let length = longest.length;
for (let n = items.length + 1; length < 100_000; n++) {
  const line = items[(n - 1) % items.length]!.replace(/^\d+/, String(n));
  extraLines.push('', line);
  length += line.length + 2;
}
const big = [...lines.slice(0, last + 1), ...extraLines, ...lines.slice(last + 1)].join('\n');
let t0 = performance.now();
const draft = draftPlan(big, { slug: 'big', sourceName: 'big.txt', library: refs });
const draftMs = performance.now() - t0;
t0 = performance.now();
suggestAll(draft.plan!, context);
const suggestMs = performance.now() - t0;
t0 = performance.now();
const result = compareText(draft.plan!, context.library, inputs);
const compareMs = performance.now() - t0;
console.log(
  `${big.length.toLocaleString('en')} characters (${draft.plan?.measures.length} measures): draft ${Math.round(draftMs)} ms, suggestions ${Math.round(suggestMs)} ms, compare ${Math.round(compareMs)} ms (${result.measures.reduce((n, m) => n + m.links.length, 0)} links); loading content/ ${Math.round(loadMs)} ms`,
);
