/**
 * Content problems: how every check reports what is wrong in content/. There is one way to do
 * it: a check is handed a ContentProblems collector and reports into it; the loader throws once,
 * with every problem of every file, so an editor can fix them all in one pass.
 */

/** Where a content problem sits, so an editor can go straight to it. */
export interface ContentLocation {
  file: string;
  line?: number;
  field?: string;
}

/** What was found and what was expected, in words an editor understands. */
export interface ProblemDetail {
  /** What the file holds at that place, e.g. "2023-02-30" or "nothing". */
  found?: string;
  /** What it should hold, e.g. "a real calendar date written YYYY-MM-DD". */
  expected?: string;
}

/**
 * A problem in the content that must stop the build. The message names the file, the line and
 * field, the problem, what was found and what was expected.
 */
export class ContentError extends Error {
  readonly location: ContentLocation;
  readonly problem: string;
  readonly found?: string;
  readonly expected?: string;

  constructor(location: ContentLocation, problem: string, detail: ProblemDetail = {}) {
    super(`${formatLocation(location)}: ${problem}${formatDetail(detail)}`);
    this.name = 'ContentError';
    this.location = location;
    this.problem = problem;
    this.found = detail.found;
    this.expected = detail.expected;
  }
}

export function formatLocation({ file, line, field }: ContentLocation): string {
  let where = file;
  if (line !== undefined) where += `:${line}`;
  if (field !== undefined) where += ` (${field})`;
  return where;
}

function formatDetail({ found, expected }: ProblemDetail): string {
  let text = '';
  if (found !== undefined) text += `; found ${found}`;
  if (expected !== undefined) text += `; expected ${expected}`;
  return text;
}

/** Several problems found in one pass, reported together so an editor can fix them all at once. */
export class ContentErrors extends Error {
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    super(
      `${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  - ${e.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

/**
 * Whether `error` is the content problems the checks threw. By name, not instanceof: in `astro dev`
 * the integration and the page bundles load this module separately, and share one build context,
 * so a ContentErrors made by one is not an instance of the other's class.
 */
export function isContentErrors(error: unknown): error is ContentErrors {
  return error instanceof Error && error.name === 'ContentErrors' && Array.isArray((error as ContentErrors).errors);
}

/**
 * The collector every content check reports into. Checks never throw for a content problem;
 * whoever loads the content calls `throwIfAny()` once, after every check has run.
 */
export class ContentProblems {
  readonly errors: ContentError[] = [];

  report(location: ContentLocation, problem: string, detail?: ProblemDetail): void {
    this.errors.push(new ContentError(location, problem, detail));
  }

  add(...errors: ContentError[]): void {
    this.errors.push(...errors);
  }

  get count(): number {
    return this.errors.length;
  }

  /** Whether any problem was reported about `file` (checks of other files skip references into it). */
  concerns(file: string): boolean {
    return this.errors.some((e) => e.location.file === file);
  }

  /**
   * Runs a step that may throw a ContentError or ContentErrors (a parse that cannot go on) and
   * collects what it throws; returns undefined then. Any other exception is a bug, not content.
   */
  collect<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      if (error instanceof ContentErrors) this.add(...error.errors);
      else if (error instanceof ContentError) this.add(error);
      else throw error;
      return undefined;
    }
  }

  /**
   * Runs the checks of one file. A content problem is collected as by collect(); any other
   * exception (a bug in a check, met only by some unforeseen content) is reported against the file
   * too, so the editor still learns which file to look at and every other file is still checked.
   */
  guard<T>(file: string, step: () => T): T | undefined {
    try {
      return this.collect(step);
    } catch (error) {
      this.report({ file, field: 'file' }, 'the checks stopped on this file', {
        found: `an internal error (${error instanceof Error ? error.message : String(error)})`,
        expected: 'content the checks can read; please report this message with the file',
      });
      return undefined;
    }
  }

  /** Throws every problem at once, if there is any. */
  throwIfAny(): void {
    if (this.errors.length > 0) throw new ContentErrors(this.errors);
  }
}
