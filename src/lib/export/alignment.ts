/** /data/alignment.json: similarity pairs above the floor, and the reuse matrix. */
import type { Alignment } from '#lib/alignment/alignment.ts';
import { fieldsOf, required, tableSchema, type Bilingual } from './table-schema.ts';

export type PairRecord = ReturnType<typeof alignmentExport>['pairs'][number];

/** The rows of alignment.json's `pairs` array. */
export const PAIR_SCHEMA = tableSchema(
  fieldsOf<PairRecord>({
    a: { type: 'string', description: '举措 id。', descriptionEn: 'Measure ID.', constraints: required },
    b: {
      type: 'string',
      description: '另一方案中的举措 id。',
      descriptionEn: 'ID of a measure in another plan.',
      constraints: required,
    },
    score: {
      type: 'number',
      description: 'TF-IDF 余弦相似度（0–1）。',
      descriptionEn: 'TF-IDF cosine similarity (0–1).',
      constraints: required,
    },
  }),
  {
    primaryKey: ['a', 'b'],
    foreignKeys: [
      { fields: 'a', reference: { resource: 'measures', fields: 'id' } },
      { fields: 'b', reference: { resource: 'measures', fields: 'id' } },
    ],
  },
);

export const ALIGNMENT_EXTRA_FIELDS: Readonly<Record<string, Bilingual>> = {
  method: {
    zh: '两种计算方法的一句话说明。',
    en: 'A one-sentence description of each of the two methods of calculation.',
  },
  'reuse[]': {
    zh: '有共同文字的有序方案对（未列出的方案对没有共同文字）：from 方案的举措文字中，与 to 方案逐字相同（连续 12 字以上）的字数 shared 和比例 share；generic、genericShare 为另计的通用文字（单位名单、套话）；characters 为 from 方案举措总字数。',
    en: 'Ordered pairs of plans that have text in common (pairs not listed have none): shared is the number of characters of the from plan’s measure text that are identical, word for word, to text of the to plan (runs of 12 characters or more), and share their proportion; generic and genericShare are the number and share of generic text, counted apart (unit lists, stock phrases); characters is the total number of characters of the from plan’s measures.',
  },
  'reuseAnyOther[]': {
    zh: '每个方案的举措文字中，能在任一其他方案中找到的字数与比例。',
    en: 'For each plan, the number and proportion of characters of its measure text that are found in any other plan.',
  },
};

export function alignmentExport(alignment: Alignment) {
  return {
    method: {
      similarity: `TF-IDF over character ${alignment.parameters.ngramSizes.join(' and ')}-grams of each measure's text without its units parenthetical; cosine; for each measure its ${alignment.parameters.neighbours} most similar measures in other plans with score >= ${alignment.parameters.pairFloor}`,
      reuse: `share of the first plan's measure characters in exact runs of >= ${alignment.parameters.minRun} characters that also occur in the second plan; unit lists and phrases found in three quarters of the plans (at most ${alignment.parameters.genericGroupsCap}) counted apart as generic; plan pairs that share nothing are not listed`,
    },
    pairs: alignment.pairs.map(({ a, b, score }) => ({ a, b, score })),
    reuse: alignment.reuse.map(({ from, to, characters, shared, generic, share, genericShare }) => ({
      from,
      to,
      characters,
      shared,
      generic,
      share,
      genericShare,
    })),
    reuseAnyOther: alignment.reuseAnyOther,
  };
}
