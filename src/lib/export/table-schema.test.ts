import { describe, expect, it } from 'vitest';
import { csvSchema, fieldsOf, publishedSchema, tableSchema } from './table-schema.ts';
import { MEASURE_CSV_JOINERS, MEASURE_CSV_SCHEMA, MEASURE_SCHEMA } from './measures.ts';

const schema = tableSchema(
  fieldsOf<{ id: string; units: string[]; words: string[]; place: object }>({
    id: { type: 'string', description: '代码。', descriptionEn: 'Code.', constraints: { required: true } },
    units: { type: 'array', description: '单位。', descriptionEn: 'Units.' },
    words: { type: 'array', description: '词。', descriptionEn: 'Words.' },
    place: { type: 'object', description: '地区。', descriptionEn: 'Region.' },
  }),
);

describe('Table Schemas in two languages', () => {
  it('says in both languages how the CSV joins a list, naming the joiner it uses', () => {
    const csv = csvSchema(schema, { units: '；', words: ' ' });
    expect(csv.fields.map((f) => [f.type, f.description, f.descriptionEn])).toEqual([
      ['string', '代码。', 'Code.'],
      ['string', '单位。（多项以“；”连接）', 'Units. (several values joined by “；”)'],
      ['string', '词。（多项以“ ”连接）', 'Words. (several values separated by spaces)'],
      ['string', '地区。', 'Region.'],
    ]);
    for (const field of MEASURE_SCHEMA.fields.filter((f) => f.type === 'array')) {
      const joiner = MEASURE_CSV_JOINERS[field.name as keyof typeof MEASURE_CSV_JOINERS];
      const twin = MEASURE_CSV_SCHEMA.fields.find((f) => f.name === field.name)!;
      expect(twin.descriptionEn).toBe(`${field.descriptionEn} (several values joined by “${joiner}”)`);
    }
  });

  it('publishes each field with its Chinese description only, everything else as it was', () => {
    const published = publishedSchema(schema);
    expect(published.fields.map((f) => Object.keys(f))).toEqual(
      schema.fields.map((f) => Object.keys(f).filter((key) => key !== 'descriptionEn')),
    );
    expect(published.fields.map((f) => f.description)).toEqual(schema.fields.map((f) => f.description));
    expect(published.fields[0]!.constraints).toEqual({ required: true });
    expect(published.missingValues).toEqual(schema.missingValues);
  });
});
