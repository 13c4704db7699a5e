/**
 * Turns a received text into a draft plan (see README, "Adding a plan"):
 *
 *   npm run import -- <file> --slug <slug>     writes content/plans/<slug>.mdx (never overwrites),
 *                                              copies the text into content/sources/, writes the
 *                                              suggestions to content/suggestions/<slug>.yaml and
 *                                              prints what an editor must still do
 *   npm run import -- <file> [--slug s] --json prints the parsed draft and suggestions, writes nothing
 *   npm run import -- --accept <slug>          copies every suggestion of content/suggestions/<slug>.yaml
 *                                              into the editorial files
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { SLUG_PATTERN } from '#lib/plan/library.ts';
import { comparableSource } from '#lib/plan/source-text.ts';
import { draftPlan } from '#lib/intake/draft.ts';
import { suggestAll } from '#lib/intake/suggest.ts';
import { draftJson, suggestionsYaml, todoLines } from '#lib/intake/report.ts';
import { acceptSuggestions, readSuggestions } from '#lib/intake/accept.ts';
import { CONTENT_DIR, loadIntakeContext } from '#lib/intake/content.ts';
import { InputError, plansWithText, readReceived, run, noteLeftOut } from './intake-input.ts';

const USAGE = 'usage: npm run import -- <file> --slug <slug> [--json]   or   npm run import -- --accept <slug>';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new InputError(`${name} needs a value; ${USAGE}`);
  return value;
}

function accept(slug: string, contentDir: string): number {
  const file = join(contentDir, 'suggestions', `${slug}.yaml`);
  if (!existsSync(file)) throw new InputError(`content/suggestions/${slug}.yaml: no such file; import the plan first`);
  const read = (name: string) => readFileSync(join(contentDir, name), 'utf8');
  const texts = acceptSuggestions(
    {
      nameEquivalents: read('name-equivalents.yaml'),
      measureTopics: read('measure-topics.yaml'),
      agencies: read('agencies.yaml'),
      targets: read('targets.yaml'),
      periods: read('periods.yaml'),
    },
    readSuggestions(readFileSync(file, 'utf8')),
  );
  writeFileSync(join(contentDir, 'name-equivalents.yaml'), texts.nameEquivalents);
  writeFileSync(join(contentDir, 'measure-topics.yaml'), texts.measureTopics);
  writeFileSync(join(contentDir, 'agencies.yaml'), texts.agencies);
  writeFileSync(join(contentDir, 'targets.yaml'), texts.targets);
  writeFileSync(join(contentDir, 'periods.yaml'), texts.periods);
  console.error(`import: accepted the suggestions of content/suggestions/${slug}.yaml; now run npm run check-content`);
  return 0;
}

export function importMain(args: string[], contentDir: string = CONTENT_DIR): number {
  const toAccept = option(args, '--accept');
  if (toAccept) return accept(toAccept, contentDir);
  const json = args.includes('--json');
  const slugOption = option(args, '--slug');
  const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--slug');
  const slug = slugOption ?? (json ? 'draft' : undefined);
  if (!slug) throw new InputError(`--slug is missing; ${USAGE}`);
  if (!SLUG_PATTERN.test(slug))
    throw new InputError(
      `--slug "${slug}" is not a slug; expected lower-case letters, digits and hyphens, e.g. hechuan`,
    );
  const planFile = join(contentDir, 'plans', `${slug}.mdx`);
  if (!json && existsSync(planFile))
    throw new InputError(
      `content/plans/${slug}.mdx already exists; choose another --slug (the importer never overwrites a plan)`,
    );
  const { text } = readReceived(path, USAGE);
  const context = loadIntakeContext(contentDir);
  noteLeftOut(context.library);
  // The source keeps the received file's name where it is a valid one (letters, digits, . _ -);
  // a name in Chinese becomes <slug>.txt.
  const received = basename(path!).replace(/\.txt$/i, '');
  const sourceName = /^[\w.-]+$/.test(received) ? `${received}.txt` : `${slug}.txt`;
  const draft = draftPlan(text, {
    slug,
    sourceName,
    library: context.library.plans.map((p) => ({ slug: p.slug, title: p.meta.title })),
  });
  if (!draft.plan || draft.plan.measures.length === 0)
    throw new InputError(
      `${path}: no recognisable measures; expected numbered measures (1. … or （一）… under parts 一、二、…) as Chinese plans print them`,
    );
  // Topics of a text the library already holds come from the other plans, never from itself.
  const same = plansWithText(text, context.library, contentDir);
  const suggestions = suggestAll(draft.plan, { ...context, exclude: same[0] });
  if (json) {
    process.stdout.write(JSON.stringify(draftJson(draft, suggestions), null, 2) + '\n');
    return 0;
  }
  // The received text is the new plan's source: stored as received (content/sources is never edited).
  const sourcePath = join(contentDir, 'sources', sourceName);
  if (existsSync(sourcePath)) {
    if (comparableSource(readFileSync(sourcePath, 'utf8')) !== comparableSource(text))
      throw new InputError(
        `content/sources/${sourceName} already exists with another text; rename the received file and import it again`,
      );
  } else if (resolve(path!) !== resolve(sourcePath)) writeFileSync(sourcePath, text);
  writeFileSync(planFile, draft.mdx, { flag: 'wx' });
  mkdirSync(join(contentDir, 'suggestions'), { recursive: true });
  const suggestionsFile = `content/suggestions/${slug}.yaml`;
  writeFileSync(join(contentDir, 'suggestions', `${slug}.yaml`), suggestionsYaml(slug, suggestions, draft.proposed));
  const todo = todoLines(draft, suggestionsFile, suggestions);
  console.error(
    `import: wrote content/plans/${slug}.mdx (${draft.plan.measures.length} measures, ${draft.plan.annexTasks.length} annex tasks, numbering ${draft.frontmatter.measureNumbering}), ${suggestionsFile} and content/sources/${sourceName}`,
  );
  console.error(`import: ${todo.length} things to do before the plan builds:`);
  for (const line of todo) console.log(line);
  return 0;
}

if (import.meta.main) run(() => importMain(process.argv.slice(2)));
