/**
 * YAML read with line numbers kept, so that a schema problem can name the line of the field it is
 * about. Used for plan frontmatter and for the editorial data files in content/. Problems are
 * worded for an editor: "missing field shortName", "unknown field shortname; allowed: …", never the
 * schema library's or the parser's own terms.
 */
import { parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblems } from './errors.ts';
import { checkCharacters } from './characters.ts';

export interface YamlSource {
  file: string;
  value: unknown;
  document: Document;
  /** Line in the file where the YAML text starts (1 for a .yaml file, 2 for frontmatter). */
  firstLine: number;
  text: string;
}

/** The YAML parser's error codes in an editor's words. */
const YAML_PROBLEMS: Record<string, string> = {
  BAD_INDENT: 'the indentation does not line up with the lines around it',
  TAB_AS_INDENT: 'a tab is used to indent; indent with spaces',
  DUPLICATE_KEY: 'a field is written twice',
  MISSING_CHAR: 'a closing bracket or quote is missing',
  MULTILINE_IMPLICIT_KEY: 'a field name runs over two lines (a missing colon or quote?)',
  BLOCK_AS_IMPLICIT_KEY: 'a field name runs over two lines (a missing colon or quote?)',
  UNEXPECTED_TOKEN: 'a character stands where YAML does not allow it',
  BAD_DQ_ESCAPE: 'a backslash escape inside double quotes is not valid',
};

/**
 * The line of the fault itself. The parser notices an unclosed [ or { only on a later line; the
 * fault is the line that opened it.
 */
function faultLine(text: string, noticed: number, message: string): number {
  if (!/^Flow (sequence|mapping)/.test(message)) return noticed;
  const lines = text.split('\n');
  for (let line = Math.min(noticed, lines.length); line >= 1; line--) {
    const l = lines[line - 1]!;
    const open = (l.match(/[[{]/g) ?? []).length;
    const close = (l.match(/[\]}]/g) ?? []).length;
    if (open > close) return line;
  }
  return noticed;
}

/** Recently parsed texts: an unchanged file is not parsed again (dev server, fault tests). Read-only use. */
const parsed = new Map<string, Document>();

function parseCached(text: string): Document {
  const cached = parsed.get(text);
  if (cached) return cached;
  const document = parseDocument(text);
  if (parsed.size >= 32) parsed.delete(parsed.keys().next().value!);
  parsed.set(text, document);
  return document;
}

/** Parses YAML; throws ContentError with the one line of the first syntax error. */
export function readYaml(file: string, text: string, firstLine = 1): YamlSource {
  const document = parseCached(text);
  if (document.errors.length > 0) {
    // Only the first: later syntax errors are usually consequences of it.
    const error = document.errors[0]!;
    const relative = faultLine(text, error.linePos?.[0].line ?? 1, error.message);
    const found = text.split('\n')[relative - 1]?.trim() ?? '';
    // The parser's message repeats its own position; keep only what it says about the text.
    const detail = error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
    throw new ContentError(
      { file, line: firstLine + relative - 1, field: 'YAML syntax' },
      `not valid YAML: ${YAML_PROBLEMS[error.code] ?? detail} (${detail})`,
      { found: `"${found}"`, expected: 'field: value lines indented with spaces, as in the lines around it' },
    );
  }
  return { file, value: document.toJS(), document, firstLine, text };
}

function lineAt(source: YamlSource, offset: number): number {
  return source.firstLine + (source.text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/** The line of the value at `path` (e.g. ['basis', 0, 'plan']), or of its nearest existing parent. */
export function lineOf(source: YamlSource, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = source.document.getIn(path.slice(0, depth) as unknown[], true) as
      { range?: [number, number, number] } | undefined;
    // A key's node may start mid-line; count the newlines before it.
    if (node?.range) return lineAt(source, node.range[0]);
    if (depth > 0) {
      const key = keyNode(source, path.slice(0, depth - 1), path[depth - 1]!);
      if (key?.range) return lineAt(source, key.range[0]);
    }
  }
  return source.firstLine;
}

function keyNode(source: YamlSource, parentPath: readonly PropertyKey[], key: PropertyKey) {
  const parent = source.document.getIn(parentPath as unknown[], true) as
    { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
  return parent?.items?.find((item) => item.key?.value === key)?.key;
}

/** The line of the key `key` in the mapping at `path` (for an unknown field). */
export function lineOfKey(source: YamlSource, path: readonly PropertyKey[], key: string): number {
  const node = keyNode(source, path, key);
  return node?.range ? lineAt(source, node.range[0]) : lineOf(source, path);
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: SchemaDef }).def;

/** Unwraps optional, nullable, default and pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (;;) {
    const def = defOf(schema);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return schema;
    schema = inner;
  }
}

/** The schemas the value at `path` may match (several under a union). */
function schemasAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let current = [schema];
  for (const key of path) {
    current = current.flatMap((s) => {
      const def = defOf(unwrap(s));
      if (def.type === 'union') return def.options!.flatMap((o) => schemasAt(o, [key]));
      if (def.type === 'array' && typeof key === 'number') return [def.element!];
      if (def.type === 'object') return def.shape![key as string] ? [def.shape![key as string]!] : [];
      if (def.type === 'record') return [def.valueType!];
      return [];
    });
  }
  return current;
}

/** The fields a mapping at `path` allows. */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keys = schemasAt(schema, path).flatMap((s) => {
    const options = defOf(unwrap(s)).type === 'union' ? defOf(unwrap(s)).options! : [s];
    return options.flatMap((o) => Object.keys(defOf(unwrap(o)).shape ?? {}));
  });
  return [...new Set(keys)];
}

/** What a field should hold, from the schema's description of it. */
function describeField(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  return schemasAt(schema, path)
    .map((s) => s.description)
    .find(Boolean);
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A value as an editor wrote it: strings quoted, dates as YAML reads them. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'fields indented under it',
  date: 'a date',
};

type Issue = z.core.$ZodIssue;

/** Turns one schema issue into a problem with the field's name, what was found and what was expected. */
function reportIssue(source: YamlSource, schema: z.ZodType, issue: Issue, problems: ContentProblems) {
  const { file } = source;
  const path = issue.path;
  const field = path.join('.') || undefined;
  const found = valueAt(source.value, path);
  const description = describeField(schema, path);
  const withDescription = (expected: string) => (description ? `${expected} (${description})` : expected);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path);
      for (const key of issue.keys) {
        problems.report(
          { file, line: lineOfKey(source, path, key), field: [...path, key].join('.') },
          `unknown field ${key}`,
          { found: `"${key}"`, expected: `one of the fields ${allowed.join(', ')}` },
        );
      }
      return;
    }
    case 'invalid_type': {
      const name = String(path[path.length - 1] ?? '');
      if (found === undefined) {
        problems.report({ file, line: lineOf(source, path), field }, `missing field ${name}`, {
          found: 'nothing',
          expected: withDescription(TYPE_NAMES[issue.expected] ?? issue.expected),
        });
      } else {
        problems.report(
          { file, line: lineOf(source, path), field },
          `${name || 'the file'} has the wrong kind of value`,
          {
            found: shown(found),
            expected: withDescription(TYPE_NAMES[issue.expected] ?? issue.expected),
          },
        );
      }
      return;
    }
    case 'invalid_value':
      problems.report(
        { file, line: lineOf(source, path), field },
        `${field ?? 'the value'} is not one of the allowed values`,
        {
          found: shown(found),
          expected: `one of ${issue.values.map((v) => String(v)).join(', ')}`,
        },
      );
      return;
    case 'invalid_union':
      problems.report({ file, line: lineOf(source, path), field }, `${field} does not have one of the allowed forms`, {
        found: shown(found),
        expected: withDescription(`fields ${allowedKeys(schema, path).join(' or ')}`),
      });
      return;
    case 'too_small':
      problems.report(
        { file, line: lineOf(source, path), field },
        issue.message.startsWith('Too small') ? `${field} is empty` : issue.message,
        {
          found: shown(found),
          expected: withDescription(
            issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : `at least ${issue.minimum} character(s)`,
          ),
        },
      );
      return;
    case 'too_big':
      problems.report({ file, line: lineOf(source, path), field }, `${field} is too long`, {
        found: shown(found),
        expected: withDescription(`at most ${issue.maximum} ${issue.origin === 'array' ? 'items' : 'characters'}`),
      });
      return;
    default: {
      // Our own refinements and patterns carry a message that says what is expected.
      const expected = /^expected /.test(issue.message) ? issue.message.slice('expected '.length) : undefined;
      problems.report(
        { file, line: lineOf(source, path), field },
        expected ? `${field ?? 'the value'} is not valid` : issue.message,
        { found: shown(found), expected },
      );
    }
  }
}

/** Validates against a schema; every issue is reported naming file, line and field. */
export function validateYaml<Schema extends z.ZodType>(
  source: YamlSource,
  schema: Schema,
  problems: ContentProblems,
): z.output<Schema> | undefined {
  const result = schema.safeParse(source.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) reportIssue(source, schema, issue, problems);
  return undefined;
}

/** Reads and validates a data file; reports every problem and returns undefined if there is any. */
export function readYamlData<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
  problems: ContentProblems,
): { source: YamlSource; data: z.output<Schema> } | undefined {
  checkCharacters(file, text, undefined, problems);
  const source = problems.collect(() => readYaml(file, text));
  if (!source) return undefined;
  const data = validateYaml(source, schema, problems);
  return data === undefined ? undefined : { source, data };
}
