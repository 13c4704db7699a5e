/**
 * The outline walk: goes through a plan's blocks in order, gives every heading, labelled
 * paragraph and measure its place in the outline (三（一）2) and its anchor, builds the measures,
 * and checks the numbering. Problems go to the collector; a block that cannot be placed is kept
 * without a place, so the rest of the plan is still checked.
 */
import type { Block } from './document.ts';
import type { ContentProblems } from '#lib/content/errors.ts';
import type { PlanFrontmatter } from './schema.ts';
import type { Measure, PlanBlock, SectionRef } from './types.ts';
import { readLabel, pathWithin, pathLabel, pathAnchor, type OutlinePath, type Label } from './outline-labels.ts';
import { readMeasureUnits } from './measure-units.ts';

/** The lead sentence of a measure's text: up to its first 。, at most this many characters. */
export const MAX_TITLE_LENGTH = 60;

interface Context {
  path: OutlinePath;
  headings: (SectionRef & { depth: 2 | 3 })[];
}

/** A label can stand only one level below the enclosing heading (an item 1. needs a section （一） above it). */
function placeable(context: Context, label: Label): boolean {
  return label.level - 1 <= context.path.length && label.value <= 99;
}

/** A measure number as the numbering check sees it, also for a measure that could not be built. */
interface Numbered {
  number: string;
  line: number;
  path?: OutlinePath;
}

export function walkOutline(
  file: string,
  slug: string,
  meta: PlanFrontmatter,
  sourceBlocks: readonly Block[],
  problems: ContentProblems,
  /** False when some block could not be read: numbering then has gaps that are not the text's. */
  sound = true,
): { blocks: PlanBlock[]; measures: Measure[] } {
  const blocks: PlanBlock[] = [];
  const measures: Measure[] = [];
  const numbered: Numbered[] = [];
  let context: Context = { path: [], headings: [] };
  let titleIndex = 0;

  for (const block of sourceBlocks) {
    if (block.kind === 'heading') {
      if (block.depth === 1) {
        titleIndex++;
        context = { path: [], headings: [] };
        blocks.push({ ...block, anchor: `doc-${titleIndex}` });
        continue;
      }
      const label = readLabel(block.text);
      const expected = block.depth - 1;
      let path: OutlinePath;
      if (!label || label.level !== expected || !placeable(context, label)) {
        problems.report(
          { file, line: block.line, field: 'heading' },
          `a ${'#'.repeat(block.depth)} heading must start with its label`,
          {
            found: `"${block.text}"`,
            expected:
              expected === 1 ? 'a part label such as 二、' : 'a section label such as （一） under a part heading',
          },
        );
        // Read on as if it were the next heading at its level, so the blocks under it are not misplaced too.
        path = [...context.path.slice(0, expected - 1), (context.path[expected - 1] ?? 0) + 1];
        while (path.length < expected) path.unshift(1);
      } else path = pathWithin(context.path, label);
      const anchor = pathAnchor(path);
      const headings = [
        ...context.headings.filter((h) => h.depth < block.depth),
        { text: block.text, anchor, depth: block.depth },
      ];
      context = { path, headings };
      blocks.push({ ...block, anchor, place: pathLabel(path), path });
      continue;
    }
    if (block.kind === 'paragraph') {
      const label = readLabel(block.text);
      if (label && context.path.length > 0 && placeable(context, label)) {
        const path = pathWithin(context.path, label);
        blocks.push({ ...block, anchor: pathAnchor(path), place: pathLabel(path), path });
      } else blocks.push(block);
      continue;
    }
    if (block.kind === 'measure') {
      const built = buildMeasure(file, slug, meta, block, context, problems);
      numbered.push({ number: built.number, line: block.line, path: built.path });
      if (built.measure) {
        const { measure, path } = built;
        measures.push(measure);
        blocks.push({ ...block, anchor: measure.number, place: measure.place, path, measure });
      } else if (built.path) blocks.push({ ...block, place: pathLabel(built.path), path: built.path });
      else blocks.push(block);
      continue;
    }
    blocks.push(block);
  }
  if (sound) checkNumbering(file, meta, blocks, numbered, problems);
  return { blocks, measures };
}

/**
 * Builds one measure. Whether or not it can be built, returns the number the numbering check
 * should count it as (its printed label's), so one bad measure does not put the next ones out of
 * sequence.
 */
function buildMeasure(
  file: string,
  slug: string,
  meta: PlanFrontmatter,
  block: Extract<Block, { kind: 'measure' }>,
  context: Context,
  problems: ContentProblems,
): { number: string; measure?: Measure; path?: OutlinePath } {
  const { number, paragraphs, line } = block;
  const at = { file, line, field: 'Measure number' };
  const first = paragraphs[0]!;
  const label = readLabel(first);
  if (!/^\d+(\.\d+)*$/.test(number)) {
    problems.report(at, `measure number "${number}" is not a number`, {
      found: `number="${number}"`,
      expected: 'digits separated by dots, e.g. number="9" or number="3.1.2"',
    });
    // Counted as its printed label, so the measures after it are not out of sequence.
    if (!label || !placeable(context, label)) return { number };
    const path = pathWithin(context.path, label);
    return { number: meta.measureNumbering === 'outline' ? path.join('.') : String(label.value), path };
  }
  if (!label) {
    problems.report(
      { file, line, field: 'Measure label' },
      `measure ${number} does not start with its printed numbering label`,
      {
        found: `"${first.slice(0, 12)}…"`,
        expected: `the label as printed, e.g. "${number.split('.').pop()}." or "（一）"`,
      },
    );
    return { number };
  }
  if (!placeable(context, label)) {
    problems.report(
      { file, line, field: 'Measure label' },
      `measure ${number}'s label ${label.printed.trim()} has no place in the outline`,
      {
        found: `"${label.printed.trim()}" ${context.path.length === 0 ? 'before the first part' : `directly under ${pathLabel(context.path)}`}`,
        expected: label.value > 99 ? 'a label from 1 to 99' : 'a section heading （一） above an item label 1.',
      },
    );
    // Not counted: it has no place in the numbering either.
    return { number: '' };
  }
  const path = pathWithin(context.path, label);
  const expectedNumber = meta.measureNumbering === 'outline' ? path.join('.') : String(label.value);
  if (number !== expectedNumber) {
    problems.report(
      at,
      meta.measureNumbering === 'outline'
        ? `measure number "${number}" does not match its place ${pathLabel(path)} in the outline`
        : `measure number "${number}" does not match its printed label "${label.printed.trim()}"`,
      { found: `number="${number}"`, expected: `number="${expectedNumber}"` },
    );
    return { number: expectedNumber, path };
  }
  const text = [first.slice(label.printed.length), ...paragraphs.slice(1)].join('\n');
  const stop = text.indexOf('。');
  const title = stop > 0 ? text.slice(0, stop) : '';
  if (title === '' || title.length > MAX_TITLE_LENGTH) {
    problems.report({ file, line, field: 'Measure title' }, `measure ${number} has no title`, {
      found: stop < 0 ? 'no 。 in the measure' : `a first sentence of ${title.length} characters`,
      expected: `a lead sentence ending in 。 within ${MAX_TITLE_LENGTH} characters after the label`,
    });
    return { number, path };
  }
  const reading = readMeasureUnits(text);
  if (reading.kind === 'error') {
    problems.report({ file, line, field: 'units' }, `measure ${number}: ${reading.problem}`, {
      found: reading.found,
      expected: reading.expected,
    });
    return { number, path };
  }
  const sections = context.headings.filter((h) => h.depth <= label.level).map(({ text, anchor }) => ({ text, anchor }));
  const measure: Measure = {
    id: `${slug}/${number}`,
    plan: slug,
    number,
    label: label.printed.trim(),
    place: pathLabel(path),
    title,
    paragraphs,
    text,
    substance: reading.kind === 'units' ? text.slice(0, reading.start) : text,
    sections,
    units: reading.kind === 'units' ? reading.units : null,
    truncated: false,
    line,
  };
  return { number, measure, path };
}

/**
 * Duplicate and skipped numbers. Labelled parts run 1, 2, 3 … under their parent in document
 * order; in a sequential plan the measures instead run 1 … N through the whole plan.
 */
function checkNumbering(
  file: string,
  meta: PlanFrontmatter,
  blocks: PlanBlock[],
  numbered: Numbered[],
  problems: ContentProblems,
) {
  const field = 'Measure number';
  const seen = new Map<string, number>();
  const sequential = meta.measureNumbering === 'sequential';
  let previous = 0;
  for (const measure of numbered) {
    if (measure.number === '') continue;
    const earlier = seen.get(measure.number);
    if (earlier !== undefined) {
      problems.report({ file, line: measure.line, field }, `duplicate measure number ${measure.number}`, {
        found: `a second number="${measure.number}" (the first is at line ${earlier})`,
        expected: 'each number once',
      });
      // It takes the next slot, so the measures after it are not out of sequence too.
      previous++;
      continue;
    }
    seen.set(measure.number, measure.line);
    if (!sequential || !/^\d+$/.test(measure.number)) continue;
    const value = Number(measure.number);
    if (value !== previous + 1) {
      problems.report({ file, line: measure.line, field }, `measure number ${measure.number} is out of sequence`, {
        found: `${measure.number} after ${previous || 'the start'}`,
        expected: `${previous + 1}`,
      });
    }
    previous = value;
  }
  // Labelled parts run 1, 2, 3 … under their parent. A label that is one off is read as a typo of
  // the expected one when its next sibling confirms it (… 2, 4, 4 … or … 2, 3, 3, 5 …), so a
  // single wrong label gives a single problem.
  const placed = blocks.filter((b) => b.path && !(sequential && b.kind === 'measure'));
  const parentOf = (b: PlanBlock) => b.path!.slice(0, -1).join('.');
  const valueOf = (b: PlanBlock) => b.path![b.path!.length - 1]!;
  const lastChild = new Map<string, { value: number; place: string }>();
  placed.forEach((block, index) => {
    const parent = parentOf(block);
    const value = valueOf(block);
    const previousChild = lastChild.get(parent);
    const expected = (previousChild?.value ?? 0) + 1;
    if (value === expected) {
      lastChild.set(parent, { value, place: block.place! });
      return;
    }
    const next = placed.slice(index + 1).find((b) => parentOf(b) === parent);
    const typo = next !== undefined && valueOf(next) === expected + 1;
    const what = block.kind === 'measure' ? `measure ${block.number}` : `"${block.place}"`;
    const expectedPlace = pathLabel([...block.path!.slice(0, -1), expected]);
    problems.report(
      { file, line: block.line, field: block.kind === 'measure' ? field : 'outline' },
      value > expected ? `${what} skips a number` : `${what} repeats a number or is out of order`,
      {
        found: `${block.place}${previousChild ? ` after ${previousChild.place}` : ''}`,
        expected: expectedPlace,
      },
    );
    if (typo) lastChild.set(parent, { value: expected, place: expectedPlace });
    else if (value > expected) lastChild.set(parent, { value, place: block.place! });
  });
}
