/**
 * Reads the content folder from disk. The only module in src/lib that touches the file system;
 * everything it returns is built by the pure functions next to it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildLibrary, type Library } from './library.ts';

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

let cached: { signature: string; library: Library } | undefined;

/** The library, rebuilt only when a plan file changes (every page of a build shares one). */
export function getLibrary(): Library {
  const plansDir = join(CONTENT_DIR, 'plans');
  const signature = filesIn(plansDir, '.mdx')
    .map((name) => `${name}:${statSync(join(plansDir, name)).mtimeMs}`)
    .join('|');
  if (cached?.signature !== signature) cached = { signature, library: loadLibrary() };
  return cached.library;
}
