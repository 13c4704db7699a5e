/**
 * Typed field tables for the downloads, in the form of Frictionless Table Schema
 * (https://specs.frictionlessdata.io/table-schema/): the same descriptors are shown on /data/,
 * published in /data/datapackage.json and used to check every row in the tests. Each field is
 * described in Chinese (published) and in English (shown on /en/data/ only: publishedSchema).
 */
import type { Locale } from '#lib/i18n/catalogue.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'year' | 'date';

export interface Field {
  name: string;
  type: FieldType;
  /** What the field holds (Chinese), shown on /data/ and published in the data package. */
  description: string;
  /** The same in English (editorial), shown on /en/data/; not in the data package. */
  descriptionEn: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

/** A field as the data package publishes it (without the English). */
export type PublishedField = Omit<Field, 'descriptionEn'>;

export interface TableSchema<F extends PublishedField = Field> {
  fields: F[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  /** Cells that mean "no value": the empty string in CSV (JSON uses null). */
  missingValues: string[];
}

/** A field spec without its name: the name is the record key, so the compiler checks that every key is described. */
export type FieldSpec = Omit<Field, 'name'>;

/** Fields of a record type, in the order given: a missing or unknown key is a type error. */
export function fieldsOf<R>(specs: { [K in keyof Required<R>]: FieldSpec }): Field[] {
  return Object.entries(specs as Record<string, FieldSpec>).map(([name, spec]) => ({ name, ...spec }));
}

export function tableSchema(
  fields: Field[],
  keys: { primaryKey?: string | string[]; foreignKeys?: ForeignKey[] } = {},
): TableSchema {
  return { fields, ...keys, missingValues: [''] };
}

/** A field's meaning in both editions, for the parts of a download no Table Schema covers. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The English for "several values joined by …": a space is named, any other joiner quoted as the CSV has it. */
function joinedEn(joiner: string): string {
  return joiner === ' ' ? 'several values separated by spaces' : `several values joined by “${joiner}”`;
}

/** The CSV twin of a JSON table: list fields become text joined as the downloads join them. */
export function csvSchema(schema: TableSchema, joiners: Readonly<Record<string, string>>): TableSchema {
  return {
    ...schema,
    fields: schema.fields.map((f) => {
      if (f.type !== 'array' && f.type !== 'object') return f;
      const joiner = joiners[f.name] ?? '、';
      return {
        ...f,
        type: 'string',
        description: f.type === 'array' ? `${f.description}（多项以“${joiner}”连接）` : f.description,
        descriptionEn: f.type === 'array' ? `${f.descriptionEn} (${joinedEn(joiner)})` : f.descriptionEn,
      };
    }),
  };
}

/** A Table Schema as the data package publishes it: Frictionless fields carry one `description`, the Chinese. */
export function publishedSchema(schema: TableSchema): TableSchema<PublishedField> {
  return { ...schema, fields: schema.fields.map(({ descriptionEn: _english, ...field }) => field) };
}

/** name → description in the edition of `locale`, with the field's type, for the field tables on /data/. */
export function fieldDescriptions(schema: TableSchema, locale: Locale = 'zh-CN'): Record<string, string> {
  return Object.fromEntries(
    schema.fields.map((f) => [
      f.name,
      locale === 'en' ? `${f.descriptionEn} (${f.type})` : `${f.description}（${f.type}）`,
    ]),
  );
}

export const required = { required: true } as const;
export const unique = { required: true, unique: true } as const;
