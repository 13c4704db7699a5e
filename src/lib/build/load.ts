/**
 * Reads content/ from disk, once: every plan, every source, every data file of the registry
 * (registry.ts), each through the checked reader, with a digest of every byte read. Then builds
 * the checked tables from what was read. The only module in src/lib that reads content/; every
 * check reports into one ContentProblems collector, and loadContent() is the one place that
 * turns the collected problems into the error that stops the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildLibrary, slugOfFile, type Library } from '#lib/plan/library.ts';
import { buildTopicIndex, type TopicIndex } from '#lib/topics/topics.ts';
import { buildAgencyRegistry, type AgencyRegistry } from '#lib/agencies/agencies.ts';
import { checkUnitTypes } from '#lib/agencies/type-rules.ts';
import { buildTargets, type TargetTable } from '#lib/targets/targets.ts';
import { buildPeriods, type PeriodTable } from '#lib/plan/periods.ts';
import { buildSummaries, type SummaryTable } from '#lib/plan/summaries.ts';
import { buildNameTable, type NameTable } from '#lib/compare/names.ts';
import { buildStrengthScale, type StrengthScale } from '#lib/compare/strength.ts';
import { ContentProblems } from '#lib/content/errors.ts';
import { decodeContentFile } from '#lib/content/text-file.ts';
import { buildGlossary, type Glossary } from '#lib/translation/glossary.ts';
import { buildTranslations, TRANSLATIONS_DIR, type TranslationTable } from '#lib/translation/translation.ts';
import { CONTENT_FOLDERS, DATA_FILES, type DataFileKey } from './registry.ts';

/** The project's content folder: npm scripts, Astro and Vitest all run from the project root. */
export const CONTENT_DIR = join(process.cwd(), 'content');

/** Path of a content file for messages, as an editor finds it: content/plans/tongnan.mdx. */
function shown(contentDir: string, path: string): string {
  return ['content', ...relative(contentDir, path).split(sep)].join('/');
}

/** Everything read from content/ in one pass, as text, with the digest of all of it. */
export interface ContentRead {
  contentDir: string;
  plans: { file: string; raw: string }[];
  /** Plans that exist but cannot be read: the data files' references to them are not checked. */
  unreadable: string[];
  /** The received texts by file name (content/sources/<file>). */
  sources: Record<string, string>;
  /** The translation files of content/translations/en, as read. */
  translations: { file: string; text: string }[];
  /** Each data file's text, or undefined when it could not be read (reported). */
  data: Record<DataFileKey, string | undefined>;
  /** sha-256 over the name and bytes of every file read: equal digests, equal content. */
  digest: string;
}

/** The checked reader: every file of content/ is read here, and only here. */
class ContentReader {
  private readonly hash = createHash('sha256');
  readonly contentDir: string;
  private readonly problems: ContentProblems;

  constructor(contentDir: string, problems: ContentProblems) {
    this.contentDir = contentDir;
    this.problems = problems;
  }

  /**
   * Reads one content file as text, reporting (not throwing) a missing file, a folder where a
   * file should be, and a file that is not UTF-8 or starts with a byte-order mark.
   */
  read(path: string): string | undefined {
    const file = shown(this.contentDir, path);
    if (!existsSync(path)) {
      this.problems.report({ file, field: 'file' }, 'the file is missing', {
        found: 'no such file',
        expected: `${file} (restore it from git: git checkout -- ${file})`,
      });
      return undefined;
    }
    if (statSync(path).isDirectory()) {
      this.problems.report({ file, field: 'file' }, 'a folder stands where a file is expected', {
        found: 'a folder',
        expected: 'a file; move or rename the folder',
      });
      return undefined;
    }
    const bytes = readFileSync(path);
    this.hash.update(`${file}\0${bytes.length}\0`).update(bytes);
    return decodeContentFile(file, bytes, this.problems);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The plan files in content/plans, each read and decoded; anything else there is reported. */
function readPlanFiles(reader: ContentReader, problems: ContentProblems) {
  const plansDir = join(reader.contentDir, 'plans');
  const files: { file: string; raw: string }[] = [];
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
        problems.report(
          { file: shown(reader.contentDir, path), field: 'file name' },
          'a file in content/plans that is not a plan',
          { found: `"${name}"`, expected: 'only <slug>.mdx files (plan documents) in content/plans' },
        );
      continue;
    }
    const raw = reader.read(path);
    if (raw !== undefined) files.push({ file: shown(reader.contentDir, path), raw });
    else unreadable.push(slugOfFile(name));
  }
  return { files, unreadable };
}

/** The translation files, one <slug>.yaml per plan; anything else in the folder is reported. */
function readTranslations(reader: ContentReader, problems: ContentProblems): { file: string; text: string }[] {
  const dir = join(reader.contentDir, CONTENT_FOLDERS.translations.file.replace(/^content\//, ''));
  const files: { file: string; text: string }[] = [];
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!name.endsWith('.yaml')) {
      if (!name.startsWith('.'))
        problems.report(
          { file: shown(reader.contentDir, path), field: 'file name' },
          'a file in the translations folder that is not a translation',
          { found: `"${name}"`, expected: `only <slug>.yaml files (one per plan) in ${TRANSLATIONS_DIR}` },
        );
      continue;
    }
    const text = reader.read(path);
    if (text !== undefined) files.push({ file: shown(reader.contentDir, path), text });
  }
  return files;
}

function readSources(reader: ContentReader): Record<string, string> {
  const sourcesDir = join(reader.contentDir, 'sources');
  const sources: Record<string, string> = {};
  if (!existsSync(sourcesDir)) return sources;
  for (const name of readdirSync(sourcesDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const raw = reader.read(join(sourcesDir, name));
    if (raw !== undefined) sources[name] = raw;
  }
  return sources;
}

/** Reads every file of content/ once (problems reading a file go to `problems`). */
export function readContent(contentDir: string, problems: ContentProblems): ContentRead {
  const reader = new ContentReader(contentDir, problems);
  const { files, unreadable } = readPlanFiles(reader, problems);
  const sources = readSources(reader);
  const translations = readTranslations(reader, problems);
  const data = Object.fromEntries(
    Object.entries(DATA_FILES).map(([key, entry]) => [
      key,
      reader.read(join(contentDir, entry.file.replace(/^content\//, ''))),
    ]),
  ) as Record<DataFileKey, string | undefined>;
  return { contentDir, plans: files, unreadable, sources, translations, data, digest: reader.digest() };
}

/** The checked content: the library and every editorial table built against it. */
export interface ContentTables {
  digest: string;
  /** The received texts by file name (content/sources/<file>), served byte for byte as /sources/<file>. */
  sources: Readonly<Record<string, string>>;
  library: Library;
  topics: TopicIndex;
  agencies: AgencyRegistry;
  targets: TargetTable;
  periods: PeriodTable;
  names: NameTable;
  scale: StrengthScale;
  glossary: Glossary;
  /** The English translation of every plan (editorial; the Chinese is authoritative). */
  translations: TranslationTable;
  /** The plain-language summary of every plan, in Chinese and English (editorial). */
  summaries: SummaryTable;
  /**
   * The editorial files "compare your text" (src/lib/intake/compare.ts) reads as text, as read: the
   * paste page's library file hands them to the browser, where the text's units and place join them.
   */
  compareYaml: { agencies: string; nameEquivalents: string; strengthScale: string; targets: string };
}

/** How many times each plan has been parsed in this process (the build parses each once). */
const PARSES = Symbol.for('green-finance-plans.plan-parses');
type ParseCounter = { [PARSES]?: number };

export function planParses(): number {
  return (globalThis as ParseCounter)[PARSES] ?? 0;
}

/**
 * Builds the tables from what was read, every problem into `problems`. A data file that could
 * not be read is checked as empty into a separate collector, so its absence is reported once
 * (by the reader) and not again as "no topics" and the like.
 */
export function buildTables(read: ContentRead, problems: ContentProblems): ContentTables {
  (globalThis as ParseCounter)[PARSES] = planParses() + read.plans.length;
  const built = buildLibrary(read.plans, read.sources, problems);
  const library: Library = { ...built, unchecked: new Set([...(built.unchecked ?? []), ...read.unreadable]) };
  const unread = new ContentProblems();
  const into = (...keys: DataFileKey[]) => (keys.some((k) => read.data[k] === undefined) ? unread : problems);
  const text = (key: DataFileKey) => read.data[key] ?? '';
  /**
   * Builds one table. A check that stops on an internal error is reported against its file
   * (ContentProblems.guard), and the table is then built from nothing, so every other file is
   * still checked.
   */
  type Text = (key: DataFileKey) => string;
  type Into = (...keys: DataFileKey[]) => ContentProblems;
  const table = <T>(key: DataFileKey, build: (t: Text, into: Into) => T): T =>
    problems.guard(DATA_FILES[key].file, () => build(text, into)) ??
    build(
      () => '',
      () => unread,
    );
  const topics = table('measureTopics', (t, into) =>
    buildTopicIndex(t('taxonomy'), t('measureTopics'), library, into('taxonomy', 'measureTopics')),
  );
  const agencies = table('agencies', (t, into) => {
    const registry = buildAgencyRegistry(t('agencies'), library, into('agencies'));
    // Each unit's type against the words of its name (content/unit-type-rules.yaml).
    checkUnitTypes(t('unitTypeRules'), t('agencies'), registry.agencies, into('agencies', 'unitTypeRules'));
    return registry;
  });
  const targets = table('targets', (t, into) => buildTargets(t('targets'), library, into('targets')));
  const periods = table('periods', (t, into) => buildPeriods(t('periods'), library, into('periods')));
  const names = table('nameEquivalents', (t, into) =>
    buildNameTable(t('nameEquivalents'), library, agencies, into('nameEquivalents', 'agencies')),
  );
  const scale = table('strengthScale', (t, into) => buildStrengthScale(t('strengthScale'), into('strengthScale')));
  const summaries = table('summaries', (t, into) => buildSummaries(t('summaries'), library, into('summaries')));
  const glossary = table('glossary', (t, into) =>
    buildGlossary(t('glossary'), library, read.sources, into('glossary')),
  );
  const translations = problems.guard(TRANSLATIONS_DIR, () =>
    buildTranslations(read.translations, library, glossary, problems),
  ) ?? { bySlug: new Map() };
  return {
    digest: read.digest,
    sources: read.sources,
    library,
    topics,
    agencies,
    targets,
    periods,
    names,
    scale,
    glossary,
    translations,
    summaries,
    compareYaml: {
      agencies: text('agencies'),
      nameEquivalents: text('nameEquivalents'),
      strengthScale: text('strengthScale'),
      targets: text('targets'),
    },
  };
}

const LOADED = Symbol.for('green-finance-plans.loaded-content');
type LoadedContent = { [LOADED]?: Map<string, ContentTables> };

/**
 * Everything in content/, checked; throws ContentErrors once, with every problem of every file.
 * Content read before with the same digest is not parsed again (scripts and tests call this
 * freely; the build goes through the build context, context.ts).
 */
export function loadContent(contentDir: string = CONTENT_DIR): ContentTables {
  const loaded = ((globalThis as LoadedContent)[LOADED] ??= new Map());
  const problems = new ContentProblems();
  const read = readContent(contentDir, problems);
  const known = loaded.get(contentDir);
  if (known?.digest === read.digest && problems.count === 0) return known;
  const tables = buildTables(read, problems);
  problems.throwIfAny();
  loaded.set(contentDir, tables);
  return tables;
}
