/**
 * Typed field tables for the downloads, in the form of Frictionless Table Schema
 * (https://specs.frictionlessdata.io/table-schema/): the same descriptors are shown on /data/,
 * published in /data/datapackage.json and used to check every row in the tests.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'year' | 'date';

export interface Field {
  name: string;
  type: FieldType;
  /** What the field holds (Chinese), shown on /data/. */
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface TableSchema {
  fields: Field[];
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

/** The CSV twin of a JSON table: list fields become text joined as the downloads join them. */
export function csvSchema(schema: TableSchema, joiners: Readonly<Record<string, string>>): TableSchema {
  return {
    ...schema,
    fields: schema.fields.map((f) =>
      f.type === 'array' || f.type === 'object'
        ? {
            ...f,
            type: 'string',
            description:
              f.type === 'array' ? `${f.description}（多项以“${joiners[f.name] ?? '、'}”连接）` : f.description,
          }
        : f,
    ),
  };
}

/** name → description, for the field tables on /data/. */
export function fieldDescriptions(schema: TableSchema): Record<string, string> {
  return Object.fromEntries(schema.fields.map((f) => [f.name, `${f.description}（${f.type}）`]));
}

export const required = { required: true } as const;
export const unique = { required: true, unique: true } as const;
