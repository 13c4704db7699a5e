/**
 * A text with no measures the importer recognises (a pasted excerpt: items with no part above them,
 * or plain paragraphs) still has something to compare: each labelled paragraph, or else each
 * paragraph, becomes one measure-like piece, numbered 1, 2, … in order. Labels are kept as printed;
 * an unlabelled piece is named 第N段.
 */
import { readLabel } from '#lib/plan/outline-labels.ts';
import { readMeasureUnits } from '#lib/plan/measure-units.ts';
import { MAX_TITLE_LENGTH } from '#lib/plan/outline-walk.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { PlanFrontmatter } from '#lib/plan/schema.ts';
import type { DraftDocument } from './structure.ts';

export function piecesOf(document: DraftDocument, slug: string, meta: PlanFrontmatter): Plan {
  const texts = document.blocks.flatMap((b) =>
    b.kind === 'paragraph' ? [b.text] : b.kind === 'measure' ? [b.paragraphs.join('')] : [],
  );
  const labelled = texts.some((t) => readLabel(t));
  // Labelled paragraphs with the unlabelled ones after them; without labels, every paragraph.
  const groups: string[] = [];
  for (const text of texts) {
    if (!labelled || readLabel(text) || groups.length === 0) groups.push(text);
    else groups[groups.length - 1] += text;
  }
  const measures: Measure[] = groups
    .filter((text) => text.replace(/\s/g, '').length >= 8)
    .map((paragraph, i) => {
      const label = readLabel(paragraph);
      const text = label ? paragraph.slice(label.printed.length) : paragraph;
      const stop = text.indexOf('。');
      const title = stop > 0 && stop <= MAX_TITLE_LENGTH ? text.slice(0, stop) : text.slice(0, MAX_TITLE_LENGTH);
      const reading = readMeasureUnits(text);
      const number = String(i + 1);
      return {
        id: `${slug}/${number}`,
        plan: slug,
        number,
        label: label ? label.printed.trim() : `第${number}段`,
        place: number,
        title,
        paragraphs: [paragraph],
        text,
        substance: reading.kind === 'units' ? text.slice(0, reading.start) : text,
        sections: [],
        units: reading.kind === 'units' ? reading.units : null,
        truncated: false,
        line: 0,
      };
    });
  return { slug, file: `${slug}.txt`, meta, blocks: [], measures, annexTasks: [] };
}
