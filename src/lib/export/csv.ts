/**
 * CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order mark, CRLF line ends,
 * RFC 4180 quoting by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import type { TableSchema } from './table-schema.ts';

export type Cell = string | number | boolean | null;

/** The CSV of rows whose columns are the schema's fields, in order; null becomes an empty cell. */
export function excelCsv(schema: TableSchema, rows: readonly Cell[][]): string {
  return stringify([schema.fields.map((f) => f.name), ...rows], {
    bom: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => String(value), number: (value) => String(value) },
  });
}
