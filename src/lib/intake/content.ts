/**
 * The one place the intake tools read the content folder: the library and its editorial tables,
 * through the build layer's loader (src/lib/build/load.ts). The only module of src/lib/intake that touches the disk: everything else there
 * is pure and runs in the browser too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildTables, CONTENT_DIR, loadContent, readContent, type ContentTables } from '#lib/build/load.ts';
import type { Library } from '#lib/plan/library.ts';
import { ContentProblems } from '#lib/content/errors.ts';
import type { TopicSource } from './suggest.ts';
import type { AgencyRegistry } from '#lib/agencies/agencies.ts';
import type { TargetTable } from '#lib/targets/targets.ts';
import type { PeriodTable } from '#lib/plan/periods.ts';
import type { NameTable } from '#lib/compare/names.ts';
import type { StrengthScale } from '#lib/compare/strength.ts';

export { CONTENT_DIR, loadContent };

/** The library of content/ as it stands, checked (throws every problem, like check-content). */
export function loadLibrary(contentDir: string = CONTENT_DIR): Library {
  return loadContent(contentDir).library;
}

/** Everything the importer and compare-text need from content/, read once. */
export interface IntakeContext {
  contentDir: string;
  /** The plans that load without problems; `library.unchecked` names the ones left out. */
  library: Library;
  topics: TopicSource;
  agencies: AgencyRegistry;
  targets: TargetTable;
  /** content/periods.yaml, to score the period suggestions against. */
  periods: PeriodTable;
  names: NameTable;
  scale: StrengthScale;
}

/**
 * The library must load (its plans are what a text is compared with); problems of the editorial
 * files that a draft does not depend on (a topic no measure carries while a plan is taken out) are
 * left to check-content, so they are collected here and set aside.
 */
export function loadIntakeContext(contentDir: string = CONTENT_DIR): IntakeContext {
  // A plan with problems of its own (a draft not yet completed) is left out, not fatal.
  const problems = new ContentProblems();
  const tables: ContentTables = buildTables(readContent(contentDir, problems), problems);
  return {
    contentDir,
    library: tables.library,
    topics: topicsForSuggestions(tables, contentDir),
    agencies: tables.agencies,
    targets: tables.targets,
    periods: tables.periods,
    names: tables.names,
    scale: tables.scale,
  };
}

/**
 * The topic index; when the topic files have problems of their own (a topic left without measures
 * while a plan is out of the library), the tags as written, so suggestions still have them.
 */
function topicsForSuggestions(tables: ContentTables, contentDir: string): TopicSource {
  if (tables.topics.topics.length > 0) return tables.topics;
  const read = (name: string) => parse(readFileSync(join(contentDir, name), 'utf8')) as unknown;
  const taxonomy = read('taxonomy.yaml') as { topics?: { id: string; name: string; aliases?: string[] }[] } | null;
  const tags = (read('measure-topics.yaml') ?? {}) as Record<string, string[]>;
  return { topics: taxonomy?.topics ?? [], topicsOf: new Map(Object.entries(tags)) };
}
