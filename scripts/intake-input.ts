/**
 * Reading a received file for the intake commands (import, compare-text): one clear line for
 * every bad input, never a stack trace.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { comparableSource } from '#lib/plan/source-text.ts';
import type { Library } from '#lib/plan/library.ts';
import { decodeReceived, MAX_BYTES } from '#lib/intake/decode.ts';
import { ContentErrors } from '#lib/content/errors.ts';

export class InputError extends Error {}

export function readReceived(path: string | undefined, usage: string): { text: string; hadBom: boolean } {
  if (!path) throw new InputError(usage);
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new InputError(`${path}: a folder, not a file; expected a plain text file`);
  if (stat.size > MAX_BYTES)
    throw new InputError(
      `${path}: the file is too large (${(stat.size / 1_000_000).toFixed(1)} MB); expected one plan as plain text, at most ${MAX_BYTES / 1_000_000} MB`,
    );
  const decoded = decodeReceived(readFileSync(path), path);
  if (!decoded.ok) throw new InputError(decoded.message);
  return decoded;
}

/** Runs a command: an InputError is printed as its one line and exits 2. */
export function run(main: () => number): void {
  try {
    process.exitCode = main();
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      process.exitCode = 2;
    } else if (error instanceof ContentErrors) {
      // The library itself has problems: check-content's lines, then stop.
      console.error(error.message);
      process.exitCode = 1;
    } else throw error;
  }
}

/** Library plans whose received source is this very text: compared with, a plan only finds itself. */
export function plansWithText(text: string, library: Library, contentDir: string): string[] {
  const wanted = comparableSource(text);
  return library.plans
    .filter((plan) => {
      const path = join(contentDir, 'sources', plan.meta.source);
      return existsSync(path) && comparableSource(readFileSync(path, 'utf8')) === wanted;
    })
    .map((plan) => plan.slug);
}

/** Says which plans of content/ the command leaves out because they have problems of their own. */
export function noteLeftOut(library: Library): void {
  const left = [...(library.unchecked ?? [])];
  if (left.length)
    console.error(
      `note: left out of the library for their own content problems (npm run check-content lists them): ${left.join(', ')}`,
    );
}
