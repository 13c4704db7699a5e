/**
 * What pages read: the plans from Astro's content collection, assembled once into the library
 * with its lookups, and the editorial files built against that library. Astro-only (it imports
 * astro:content); scripts and tests read the content folder through load.ts.
 */
import { getCollection } from 'astro:content';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { libraryOf, type Library } from '#lib/plan/library.ts';
import {
  ALIGNMENT_FILE,
  CONTENT_DIR,
  COUNTERPARTS_FILE,
  getAlignment,
  getCounterparts,
  loadAgencies,
  loadPeriods,
  loadTargets,
  loadTopics,
} from './load.ts';
import { basisInLibrary, indexCounterparts, type CounterpartIndex } from '#lib/compare/views.ts';
import { sharedPassageIndex, type SharedPassage } from '#lib/compare/passages.ts';

export { getAlignment, getCounterparts, readSource } from './load.ts';

let cached: { signature: string; library: Library } | undefined;

/** The library of the plans collection, rebuilt only when an entry changes (every page of a build shares one). */
export async function getLibrary(): Promise<Library> {
  const entries = await getCollection('plans');
  const signature = entries.map((e) => `${e.id}:${e.digest}`).join('|');
  if (cached?.signature !== signature) {
    cached = { signature, library: libraryOf(entries.map((e) => e.data)) };
  }
  return cached.library;
}

/** Memoises a loader on the library it was built from and the mtime of its file. */
function memoOnFile<T>(file: string, load: (library: Library) => T): () => Promise<T> {
  let cache: { library: Library; mtime: number; value: T } | undefined;
  return async () => {
    const library = await getLibrary();
    const mtime = statSync(join(CONTENT_DIR, file)).mtimeMs;
    if (cache?.library !== library || cache.mtime !== mtime) cache = { library, mtime, value: load(library) };
    return cache.value;
  };
}

export const getTopics = memoOnFile('measure-topics.yaml', (library) => loadTopics(library));
export const getAgencies = memoOnFile('agencies.yaml', (library) => loadAgencies(library));
export const getTargets = memoOnFile('targets.yaml', (library) => loadTargets(library));
export const getPeriods = memoOnFile('periods.yaml', (library) => loadPeriods(library));

const mtimeOf = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

let counterpartCache: { library: Library; mtime: number; index: CounterpartIndex } | undefined;

/**
 * The counterpart links indexed by measure and by plan pair, with the pairs that get a compare
 * page, built once per build (fresh in dev).
 */
export async function getCounterpartIndex(): Promise<CounterpartIndex> {
  const library = await getLibrary();
  const mtime = mtimeOf(COUNTERPARTS_FILE);
  if (counterpartCache?.library !== library || counterpartCache.mtime !== mtime) {
    const index = indexCounterparts(getCounterparts(), (slug) => basisInLibrary(library, slug));
    counterpartCache = { library, mtime, index };
  }
  return counterpartCache.index;
}

let passageCache: { library: Library; mtime: number; passages: Map<string, SharedPassage[]> } | undefined;

/** Every measure's shared passages with the measures they also stand in, built once per build. */
export async function getSharedPassages(): Promise<Map<string, SharedPassage[]>> {
  const library = await getLibrary();
  const mtime = mtimeOf(ALIGNMENT_FILE);
  if (passageCache?.library !== library || passageCache.mtime !== mtime) {
    const alignment = getAlignment();
    passageCache = {
      library,
      mtime,
      passages: sharedPassageIndex(library, alignment.sharedText, alignment.parameters.minRun),
    };
  }
  return passageCache.passages;
}
