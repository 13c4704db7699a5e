/**
 * Reads the content folder from disk. The only module in src/lib that touches the file system;
 * everything it returns is built by the pure functions next to it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildLibrary, slugOfFile, type Library } from '#lib/plan/library.ts';
import { buildTopicIndex, type TopicIndex } from '#lib/topics/topics.ts';
import { buildAgencyRegistry, type AgencyRegistry } from '#lib/agencies/agencies.ts';
import { UNIT_TYPE_RULES_FILE, checkUnitTypes } from '#lib/agencies/type-rules.ts';
import { buildTargets, type TargetTable } from '#lib/targets/targets.ts';
import { buildPeriods, type PeriodTable } from '#lib/plan/periods.ts';
import type { Alignment } from '#lib/alignment/alignment.ts';
import { ContentProblems } from './errors.ts';
import { decodeContentFile } from './text-file.ts';
import type { Counterparts } from '#lib/compare/types.ts';
import { buildNameTable, type NameTable } from '#lib/compare/names.ts';
import { buildStrengthScale, type StrengthScale } from '#lib/compare/strength.ts';

/** The project's content folder: npm scripts, Astro and Vitest all run from the project root. */
export const CONTENT_DIR = join(process.cwd(), 'content');

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

/** Path of a content file for messages, as an editor finds it: content/plans/tongnan.mdx. */
function shown(contentDir: string, path: string): string {
  return ['content', ...relative(contentDir, path).split(sep)].join('/');
}

/**
 * Reads one content file as text, reporting (not throwing) a missing file, a folder where a file
 * should be, and a file that is not UTF-8 or starts with a byte-order mark.
 */
function readContentFile(contentDir: string, path: string, problems: ContentProblems): string | undefined {
  const file = shown(contentDir, path);
  if (!existsSync(path)) {
    problems.report({ file, field: 'file' }, 'the file is missing', {
      found: 'no such file',
      expected: `${file} (restore it from git: git checkout -- ${file})`,
    });
    return undefined;
  }
  if (statSync(path).isDirectory()) {
    problems.report({ file, field: 'file' }, 'a folder stands where a file is expected', {
      found: 'a folder',
      expected: 'a file; move or rename the folder',
    });
    return undefined;
  }
  return decodeContentFile(file, readFileSync(path), problems);
}

/** The plan files in content/plans, each read and decoded; anything else there is reported. */
function readPlanFiles(contentDir: string, problems: ContentProblems) {
  const plansDir = join(contentDir, 'plans');
  const files: { file: string; raw: string }[] = [];
  /** Plans that exist but cannot be read: the data files' references to them are not checked. */
  const unreadable: string[] = [];
  if (!existsSync(plansDir)) {
    problems.report({ file: 'content/plans', field: 'folder' }, 'the plans folder is missing', {
      found: 'no folder content/plans',
      expected: 'content/plans with one <slug>.mdx file per plan',
    });
    return { files, unreadable };
  }
  for (const name of readdirSync(plansDir).sort()) {
    const path = join(plansDir, name);
    if (!name.endsWith('.mdx')) {
      if (!name.startsWith('.'))
        problems.report({ file: shown(contentDir, path), field: 'file name' }, 'a file in content/plans that is not a plan', {
          found: `"${name}"`,
          expected: 'only <slug>.mdx files (plan documents) in content/plans',
        });
      continue;
    }
    const raw = readContentFile(contentDir, path, problems);
    if (raw !== undefined) files.push({ file: shown(contentDir, path), raw });
    else unreadable.push(slugOfFile(name));
  }
  return { files, unreadable };
}

function readSources(contentDir: string, problems: ContentProblems): Record<string, string> {
  const sourcesDir = join(contentDir, 'sources');
  const sources: Record<string, string> = {};
  if (!existsSync(sourcesDir)) return sources;
  for (const name of filesIn(sourcesDir, '.txt')) {
    const raw = readContentFile(contentDir, join(sourcesDir, name), problems);
    if (raw !== undefined) sources[name] = raw;
  }
  return sources;
}

/**
 * The library. With a collector, every problem goes there and the plans without problems are
 * returned; without one, throws ContentErrors listing every problem.
 */
export function loadLibrary(contentDir: string = CONTENT_DIR, problems?: ContentProblems): Library {
  const collector = problems ?? new ContentProblems();
  const { files, unreadable } = readPlanFiles(contentDir, collector);
  const library = buildLibrary(files, readSources(contentDir, collector), collector);
  if (!problems) collector.throwIfAny();
  return { ...library, unchecked: new Set([...(library.unchecked ?? []), ...unreadable]) };
}

/** Everything in content/, checked; throws once with every problem of every file. */
export function loadContent(contentDir: string = CONTENT_DIR) {
  const problems = new ContentProblems();
  const library = loadLibrary(contentDir, problems);
  const topics = loadTopics(library, contentDir, problems);
  const agencies = loadAgencies(library, contentDir, problems);
  const targets = loadTargets(library, contentDir, problems);
  const periods = loadPeriods(library, contentDir, problems);
  // The comparison's editorial tables: their problems join all the others.
  problems.guard('content/name-equivalents.yaml', () => loadNameTable(library, agencies, contentDir));
  problems.guard('content/strength-scale.yaml', () => loadStrengthScale(contentDir));
  problems.throwIfAny();
  return { library, topics, agencies, targets, periods };
}

/** Reads a data file of content/; with a collector, reports problems there (and returns '' then). */
function readData(contentDir: string, name: string, problems: ContentProblems): string | undefined {
  return readContentFile(contentDir, join(contentDir, name), problems);
}

function withCollector<T>(problems: ContentProblems | undefined, load: (collector: ContentProblems) => T): T {
  const collector = problems ?? new ContentProblems();
  const value = load(collector);
  if (!problems) collector.throwIfAny();
  return value;
}

export function loadTopics(library: Library, contentDir: string = CONTENT_DIR, problems?: ContentProblems): TopicIndex {
  return withCollector(problems, (collector) => {
    const taxonomy = readData(contentDir, 'taxonomy.yaml', collector);
    const tags = readData(contentDir, 'measure-topics.yaml', collector);
    const into = taxonomy === undefined || tags === undefined ? new ContentProblems() : collector;
    const index = collector.guard('content/measure-topics.yaml', () =>
      buildTopicIndex(taxonomy ?? '', tags ?? '', library, into),
    );
    return index ?? buildTopicIndex('', '', library, new ContentProblems());
  });
}

export function loadAgencies(library: Library, contentDir: string = CONTENT_DIR, problems?: ContentProblems): AgencyRegistry {
  return withCollector(problems, (collector) => {
    const text = readData(contentDir, 'agencies.yaml', collector);
    const into = text === undefined ? new ContentProblems() : collector;
    const registry = collector.guard('content/agencies.yaml', () => buildAgencyRegistry(text ?? '', library, into));
    // Each unit's type against the words of its name (content/unit-type-rules.yaml).
    const rules = readData(contentDir, 'unit-type-rules.yaml', collector);
    if (registry && text !== undefined && rules !== undefined)
      collector.guard(UNIT_TYPE_RULES_FILE, () => checkUnitTypes(rules, text, registry.agencies, collector));
    return registry ?? buildAgencyRegistry('', library, new ContentProblems());
  });
}

export function loadTargets(library: Library, contentDir: string = CONTENT_DIR, problems?: ContentProblems): TargetTable {
  return withCollector(problems, (collector) => {
    const text = readData(contentDir, 'targets.yaml', collector);
    const into = text === undefined ? new ContentProblems() : collector;
    const table = collector.guard('content/targets.yaml', () => buildTargets(text ?? '', library, into));
    return table ?? buildTargets('', library, new ContentProblems());
  });
}

export function loadPeriods(library: Library, contentDir: string = CONTENT_DIR, problems?: ContentProblems): PeriodTable {
  return withCollector(problems, (collector) => {
    const text = readData(contentDir, 'periods.yaml', collector);
    const into = text === undefined ? new ContentProblems() : collector;
    const table = collector.guard('content/periods.yaml', () => buildPeriods(text ?? '', library, into));
    return table ?? { asOf: '', bySlug: new Map() };
  });
}

/** The editorial name equivalences (src/lib/compare/names.ts); throws ContentErrors. */
export function loadNameTable(library: Library, agencies: AgencyRegistry, contentDir: string = CONTENT_DIR): NameTable {
  return buildNameTable(readFileSync(join(contentDir, 'name-equivalents.yaml'), 'utf8'), library, agencies);
}

/** The editorial strength scale (src/lib/compare/strength.ts); throws ContentErrors. */
export function loadStrengthScale(contentDir: string = CONTENT_DIR): StrengthScale {
  return buildStrengthScale(readFileSync(join(contentDir, 'strength-scale.yaml'), 'utf8'));
}


/** Where scripts/align.ts writes its results for the site to read. */
export const GENERATED_DIR = join(process.cwd(), 'src', 'generated');
export const ALIGNMENT_FILE = join(GENERATED_DIR, 'alignment.json');
export const COUNTERPARTS_FILE = join(GENERATED_DIR, 'counterparts.json');

let alignmentCache: { mtime: number; alignment: Alignment } | undefined;

/**
 * The alignment written by scripts/align.ts (run by `npm run build` and `npm run dev` before Astro),
 * read once and shared by every page until the file changes.
 */
export function getAlignment(): Alignment {
  let mtime: number;
  try {
    mtime = statSync(ALIGNMENT_FILE).mtimeMs;
  } catch {
    throw new Error(
      `${relative(process.cwd(), ALIGNMENT_FILE)} is missing: run \`npm run align\` (npm run build and npm run dev do) before Astro.`,
    );
  }
  if (alignmentCache?.mtime !== mtime)
    alignmentCache = { mtime, alignment: JSON.parse(readFileSync(ALIGNMENT_FILE, 'utf8')) as Alignment };
  return alignmentCache.alignment;
}

/** A received source text (content/sources/<file>), byte for byte, for /sources/<file>. */
export function readSource(file: string): Buffer {
  return readFileSync(join(CONTENT_DIR, 'sources', file));
}

/** The counterparts written by scripts/align.ts (see src/lib/compare/). */
export function getCounterparts(): Counterparts {
  let text: string;
  try {
    text = readFileSync(COUNTERPARTS_FILE, 'utf8');
  } catch {
    throw new Error(`${relative(process.cwd(), COUNTERPARTS_FILE)} is missing: run \`npm run align\` (npm run build and npm run dev do) before Astro.`);
  }
  return JSON.parse(text) as Counterparts;
}
