/**
 * YAML read with line numbers kept, so that a schema error can name the line of the field it is
 * about. Used for plan frontmatter and for the editorial data files in content/.
 */
import { parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, ContentErrors } from './errors.ts';

export interface YamlSource {
  file: string;
  value: unknown;
  document: Document;
  /** Line in the file where the YAML text starts (1 for a .yaml file, 2 for frontmatter). */
  firstLine: number;
  text: string;
}

/** Parses YAML; throws ContentError with the line of the first syntax error. */
export function readYaml(file: string, text: string, firstLine = 1): YamlSource {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new ContentError({ file, line: firstLine + (error.linePos?.[0].line ?? 1) - 1 }, `not valid YAML: ${error.message}`);
  }
  return { file, value: document.toJS(), document, firstLine, text };
}

/** The line of the value at `path` (e.g. ['basis', 0, 'plan']), or of its nearest existing parent. */
export function lineOf(source: YamlSource, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = source.document.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      // A key's node may start mid-line; count the newlines before it.
      return source.firstLine + (source.text.slice(0, node.range[0]).match(/\n/g)?.length ?? 0);
    }
    if (depth > 0) {
      const parent = source.document.getIn(path.slice(0, depth - 1) as unknown[], true) as
        | { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] }
        | undefined;
      const key = parent?.items?.find((item) => item.key?.value === path[depth - 1])?.key;
      if (key?.range) return source.firstLine + (source.text.slice(0, key.range[0]).match(/\n/g)?.length ?? 0);
    }
  }
  return source.firstLine;
}

/** Validates against a schema; every issue becomes a ContentError naming file, line and field. */
export function validateYaml<Schema extends z.ZodType>(
  source: YamlSource,
  schema: Schema,
  errors: ContentError[],
): z.output<Schema> | undefined {
  const result = schema.safeParse(source.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push(
      new ContentError(
        { file: source.file, line: lineOf(source, issue.path), field: issue.path.join('.') || undefined },
        issue.message,
      ),
    );
  }
  return undefined;
}

/** Reads and validates a data file in one go; throws ContentErrors with every schema problem. */
export function readYamlData<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
): { source: YamlSource; data: z.output<Schema> } {
  const errors: ContentError[] = [];
  let source: YamlSource;
  try {
    source = readYaml(file, text);
  } catch (error) {
    if (error instanceof ContentError) throw new ContentErrors([error]);
    throw error;
  }
  const data = validateYaml(source, schema, errors);
  if (data === undefined) throw new ContentErrors(errors);
  return { source, data };
}
