/**
 * compare-text on each plan's own received text finds, in the other plans, the counterpart links
 * the build computes for that plan (the plan itself left out), and no link the build does not have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { computeCounterparts } from '#lib/compare/counterparts.ts';
import { draftPlan, withPlaceholders } from './draft.ts';
import { piecesOf } from './clauses.ts';
import { compareText } from './compare.ts';
import { CONTENT_DIR, loadIntakeContext, type IntakeContext } from './content.ts';

let context: IntakeContext;
let buildLinks: { from: string; to: string }[];
beforeAll(() => {
  context = loadIntakeContext();
  buildLinks = computeCounterparts(context.library, context).counterparts.links;
}, 20_000);

const read = (name: string) => readFileSync(join(CONTENT_DIR, name), 'utf8');

test("each plan's source text finds the build's counterpart links of that plan, and only those", () => {
  const report: string[] = [];
  let wanted = 0;
  let found = 0;
  for (const plan of context.library.plans) {
    const draft = draftPlan(read(join('sources', plan.meta.source)), {
      slug: 'text',
      sourceName: 'text.txt',
      library: [],
    });
    const result = compareText(
      draft.plan!,
      context.library,
      {
        agenciesYaml: read('agencies.yaml'),
        namesYaml: read('name-equivalents.yaml'),
        scale: context.scale,
        targets: context.targets,
      },
      [plan.slug],
    );
    // The build's links of this plan, as "number of this plan | measure of the other plan".
    const own = `${plan.slug}/`;
    const expected = new Set(
      buildLinks
        .filter((l) => l.from.startsWith(own) || l.to.startsWith(own))
        .map((l) =>
          l.from.startsWith(own) ? `${l.from.slice(own.length)}|${l.to}` : `${l.to.slice(own.length)}|${l.from}`,
        ),
    );
    const got = new Set(result.measures.flatMap((m) => m.links.map((l) => `${m.number}|${l.measure}`)));
    // Each link names the text's measure by its printed label, as the text prints it.
    for (const m of result.measures)
      for (const l of m.links)
        expect(draft.plan!.measures.find((x) => x.number === m.number)!.paragraphs[0]!.startsWith(l.label)).toBe(true);
    const extra = [...got].filter((k) => !expected.has(k));
    if (extra.length) report.push(`${plan.slug}: links the build does not have: ${extra.join(', ')}`);
    wanted += expected.size;
    found += [...expected].filter((k) => got.has(k)).length;
  }
  expect(report).toEqual([]);
  expect(wanted).toBeGreaterThan(0);
  expect(found / wanted).toBeGreaterThanOrEqual(0.95);
}, 20_000);

test('an excerpt with no parts is compared item by item, or paragraph by paragraph without labels', () => {
  const inputs = {
    agenciesYaml: read('agencies.yaml'),
    namesYaml: read('name-equivalents.yaml'),
    scale: context.scale,
    targets: context.targets,
  };
  // Two measures of a library plan, pasted as they print, without the part and section above them.
  const [first, second] = context.library.plans.find((p) => p.meta.measureNumbering === 'sequential')!.measures;
  for (const [excerpt, labels] of [
    [`${first!.paragraphs.join('')}\n\n${second!.paragraphs.join('')}\n`, [first!.label, second!.label]],
    [`${first!.text}\n`, ['第1段']],
  ] as const) {
    const draft = draftPlan(excerpt, { slug: 'text', sourceName: 'text.txt', library: [] });
    expect(draft.plan?.measures ?? []).toEqual([]);
    const pieces = piecesOf(draft.document, 'text', withPlaceholders(draft.frontmatter, draft.document));
    expect(pieces.measures.map((m) => m.label)).toEqual(labels);
    const result = compareText(pieces, context.library, inputs);
    // Each piece finds the measure it was taken from, almost wholly aligned.
    const own = result.measures[0]!.links.find((l) => l.measure === first!.id);
    expect(own?.textShare).toBeGreaterThan(0.9);
  }
}, 20_000);
