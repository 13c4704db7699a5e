/**
 * The fault battery's tools: a copy of content/ in a temporary folder, one fault made in it, and
 * every check run in-process (loadContent, as `npm run check-content` and the build do) on the copy. content/
 * itself is never touched. Expected lines are looked up in the real files, never written down.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CONTENT_DIR, loadContent } from '#lib/build/load.ts';
import { ContentErrors, type ContentError } from '#lib/content/errors.ts';

/** A change to the copy of content/ (its path is passed in). */
export type Fault = (contentDir: string) => void;

/** The text of a file of the real content/, e.g. original('plans/tongnan.mdx'). */
export function original(file: string): string {
  return readFileSync(join(CONTENT_DIR, file), 'utf8');
}

/** The 1-based line of the first occurrence of `text` in a real content file. */
export function lineIn(file: string, text: string): number {
  const content = original(file);
  const index = content.indexOf(text);
  if (index < 0) throw new Error(`${file} does not contain ${JSON.stringify(text)}`);
  return content.slice(0, index).split('\n').length;
}

/** Replaces the first occurrence of `from` (which must occur) in `file` by `to`. */
export function edit(file: string, from: string, to: string): Fault {
  return (dir) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
    writeFileSync(path, text.replace(from, to));
  };
}

/** Several faults at once. */
export function all(...faults: Fault[]): Fault {
  return (dir) => faults.forEach((fault) => fault(dir));
}

/** Every problem the checks report on a copy of content/ with `fault` made in it. */
export function problemsAfter(fault: Fault): ContentError[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-fault-'));
  const content = join(dir, 'content');
  try {
    cpSync(CONTENT_DIR, content, { recursive: true });
    fault(content);
    try {
      loadContent(content);
    } catch (error) {
      if (error instanceof ContentErrors) return error.errors;
      throw error;
    }
    return [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Expected {
  file: string;
  line?: number;
  field: string;
  /** Words the problem must contain. */
  problem?: string | RegExp;
  /** Text the "found" part must contain. */
  found: string;
  /** Text the "expected" part must contain. */
  expected: string | RegExp;
}

/**
 * Asserts the fault is reported with a full message: file, line of the fault itself, field, what
 * was found and what was expected; and that nothing else is reported (no follow-on errors)
 * unless `others` says how many other, true, problems the fault also causes.
 */
export function expectProblem(problems: ContentError[], expected: Expected, others = 0): ContentError {
  const messages = problems.map((p) => p.message).join('\n');
  expect(problems, messages).toHaveLength(1 + others);
  const match = problems.find(
    (p) =>
      p.location.file === expected.file && p.location.field === expected.field && p.location.line === expected.line,
  );
  expect(
    match,
    `no problem at ${expected.file}:${expected.line} (${expected.field}) among:\n${messages}`,
  ).toBeDefined();
  const { found, expected: wanted } = match!;
  // A line, except for a problem with a whole file or folder (missing, a folder, an encoding).
  if (expected.line !== undefined) expect(match!.location.line, 'a line number').toBeTypeOf('number');
  if (expected.problem !== undefined) expect(match!.problem).toMatch(expected.problem);
  expect(found, `found in: ${match!.message}`).toContain(expected.found);
  if (typeof expected.expected === 'string') expect(wanted, match!.message).toContain(expected.expected);
  else expect(wanted, match!.message).toMatch(expected.expected);
  // Words an editor understands: never the parser's node names or a stack trace.
  expect(match!.message).not.toMatch(/mdxJsx|mdxjsEsm|mdxFlow|mdxText|\bat .*\.ts:\d+/);
  return match!;
}
