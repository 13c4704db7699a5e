/**
 * Reads the content folder from disk. The only module in src/lib that touches the file system;
 * everything it returns is built by the pure functions next to it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildLibrary, type Library } from '#lib/plan/library.ts';
import { buildTopicIndex, type TopicIndex } from '#lib/topics/topics.ts';
import { buildAgencyRegistry, type AgencyRegistry } from '#lib/agencies/agencies.ts';
import { buildTargets, type TargetTable } from '#lib/targets/targets.ts';
import type { Alignment } from '#lib/alignment/alignment.ts';

/** The project's content folder: npm scripts, Astro and Vitest all run from the project root. */
export const CONTENT_DIR = join(process.cwd(), 'content');

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

export function loadLibrary(contentDir: string = CONTENT_DIR): Library {
  const plansDir = join(contentDir, 'plans');
  const files = filesIn(plansDir, '.mdx').map((name) => {
    const path = join(plansDir, name);
    return { file: relative(process.cwd(), path), raw: readFileSync(path, 'utf8') };
  });
  return buildLibrary(files, filesIn(join(contentDir, 'sources'), '.txt'));
}

let cached: { signature: string; library: Library; checkedAt: number } | undefined;
/** How long the plan files are trusted unchanged: checking them costs a stat per plan, and every page asks. */
const RECHECK_MS = 1000;

/** The library, rebuilt only when a plan file changes (every page of a build shares one). */
export function getLibrary(): Library {
  const now = Date.now();
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.library;
  const plansDir = join(CONTENT_DIR, 'plans');
  const signature = filesIn(plansDir, '.mdx')
    .map((name) => `${name}:${statSync(join(plansDir, name)).mtimeMs}`)
    .join('|');
  if (cached?.signature !== signature) cached = { signature, library: loadLibrary(), checkedAt: now };
  else cached.checkedAt = now;
  return cached.library;
}

export function loadTopics(library: Library, contentDir: string = CONTENT_DIR): TopicIndex {
  return buildTopicIndex(
    readFileSync(join(contentDir, 'taxonomy.yaml'), 'utf8'),
    readFileSync(join(contentDir, 'measure-topics.yaml'), 'utf8'),
    library,
  );
}

export function loadAgencies(library: Library, contentDir: string = CONTENT_DIR): AgencyRegistry {
  return buildAgencyRegistry(readFileSync(join(contentDir, 'agencies.yaml'), 'utf8'), library);
}

export function loadTargets(library: Library, contentDir: string = CONTENT_DIR): TargetTable {
  return buildTargets(readFileSync(join(contentDir, 'targets.yaml'), 'utf8'), library);
}

/** Memoises a loader on the library it was built from and the mtime of its file. */
function memoOnFile<T>(file: string, load: (library: Library) => T): () => T {
  let cache: { library: Library; mtime: number; value: T } | undefined;
  return () => {
    const library = getLibrary();
    const mtime = statSync(join(CONTENT_DIR, file)).mtimeMs;
    if (cache?.library !== library || cache.mtime !== mtime) cache = { library, mtime, value: load(library) };
    return cache.value;
  };
}

export const getTopics = memoOnFile('measure-topics.yaml', (library) => loadTopics(library));
export const getAgencies = memoOnFile('agencies.yaml', (library) => loadAgencies(library));
export const getTargets = memoOnFile('targets.yaml', (library) => loadTargets(library));

/** Where scripts/align.ts writes its results for the site to read. */
export const GENERATED_DIR = join(process.cwd(), 'src', 'generated');
export const ALIGNMENT_FILE = join(GENERATED_DIR, 'alignment.json');

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
