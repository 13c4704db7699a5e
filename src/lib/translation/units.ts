/**
 * The units of text a translation is made and checked in: one per block, except a signature or
 * colophon (one per printed line) and an annex table (one per cell). Each unit names the field of
 * the translation entry that holds its English.
 */
import type { PlanBlock } from '#lib/plan/types.ts';

export interface ChineseUnit {
  /** Where the English stands in the block's entry, e.g. ['en'], ['lines', 1], ['rows', 3, 2]. */
  path: (string | number)[];
  text: string;
}

export function chineseUnits(block: PlanBlock): ChineseUnit[] {
  switch (block.kind) {
    case 'measure':
      return [{ path: ['en'], text: block.paragraphs.join('\n') }];
    case 'signature':
    case 'colophon':
      return block.lines.map((text, i) => ({ path: ['lines', i], text }));
    case 'table':
      return [
        ...block.header.map((text, i) => ({ path: ['header', i], text })),
        ...block.rows.flatMap((row, r) => row.map((text, c) => ({ path: ['rows', r, c], text }))),
      ];
    default:
      return [{ path: ['en'], text: block.text }];
  }
}
