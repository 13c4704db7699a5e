/** Where a content problem sits, so an editor can go straight to it. */
export interface ContentLocation {
  file: string;
  line?: number;
  field?: string;
}

/**
 * A problem in the content that must stop the build. The message always names the file,
 * the line or field, what was found and what was expected.
 */
export class ContentError extends Error {
  readonly location: ContentLocation;

  constructor(location: ContentLocation, problem: string) {
    super(`${formatLocation(location)}: ${problem}`);
    this.name = 'ContentError';
    this.location = location;
  }
}

export function formatLocation({ file, line, field }: ContentLocation): string {
  let where = file;
  if (line !== undefined) where += `:${line}`;
  if (field !== undefined) where += ` (${field})`;
  return where;
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
