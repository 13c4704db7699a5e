/**
 * "Compare your text" on the command line: for each measure of a received or pasted text, its
 * counterparts in every plan of the library, found by the build's own compare engine.
 *
 *   npm run compare-text -- <file>          a table for people
 *   npm run compare-text -- <file> --json   the links for scripts: each names the text's measure by its
 *                                           printed label and the library measure by its id
 *
 * A text that is a plan of the library (the same words as its source) is compared with the other plans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftPlan, withPlaceholders } from '#lib/intake/draft.ts';
import { piecesOf } from '#lib/intake/clauses.ts';
import { compareText } from '#lib/intake/compare.ts';
import { comparisonTable } from '#lib/intake/report.ts';
import { comparisonJson } from '#lib/intake/paste.ts';
import { CONTENT_DIR, loadIntakeContext } from '#lib/intake/content.ts';
import { InputError, plansWithText, readReceived, run, noteLeftOut } from './intake-input.ts';

const USAGE = 'usage: npm run compare-text -- <file> [--json]';

export function compareTextMain(args: string[], contentDir: string = CONTENT_DIR): number {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length) throw new InputError(`unknown option ${unknown[0]}; ${USAGE}`);
  const path = args.find((a) => !a.startsWith('--'));
  const { text } = readReceived(path, USAGE);
  const context = loadIntakeContext(contentDir);
  noteLeftOut(context.library);
  const draft = draftPlan(text, { slug: 'text', sourceName: 'text.txt', library: [] });
  // A text with no measures the importer recognises is compared piece by piece (labelled items or paragraphs).
  const plan = draft.plan?.measures.length
    ? draft.plan
    : piecesOf(draft.document, 'text', withPlaceholders(draft.frontmatter, draft.document));
  if (plan.measures.length === 0)
    throw new InputError(`${path}: nothing to compare; expected the text of a plan or of some of its measures`);
  const result = compareText(
    plan,
    context.library,
    {
      agenciesYaml: readFileSync(join(contentDir, 'agencies.yaml'), 'utf8'),
      namesYaml: readFileSync(join(contentDir, 'name-equivalents.yaml'), 'utf8'),
      scale: context.scale,
      targets: context.targets,
    },
    plansWithText(text, context.library, contentDir),
  );
  if (json) {
    // One row per link (the text's measure by its printed label, the library measure by its id), then the summary.
    process.stdout.write(JSON.stringify(comparisonJson(result), null, 2) + '\n');
  } else process.stdout.write(comparisonTable(result));
  return 0;
}

if (import.meta.main) run(() => compareTextMain(process.argv.slice(2)));
