/**
 * Turns a plan's blocks into the model the site is built from: its outline, its measures (number,
 * title, text, place, units) and its annex tasks, checking everything that can be checked against
 * the plan's own text. Problems are collected, not thrown one at a time.
 */
import type { Block, PlanSource } from './document.ts';
import { lineOf, validateYaml } from '#lib/content/yaml.ts';
import { ContentError } from '#lib/content/errors.ts';
import { planFrontmatterSchema, type PlanFrontmatter } from './schema.ts';
import { readLabel, pathWithin, pathLabel, pathAnchor, type OutlinePath, type Label } from './outline-labels.ts';
import { readMeasureUnits, type MeasureUnits } from './measure-units.ts';
import { readAnnexTasks, type AnnexTask } from './annex-tasks.ts';

/** A heading above a measure, as printed, with the anchor of that heading on the plan page. */
export interface SectionRef {
  text: string;
  anchor: string;
}

export interface Measure {
  /** `<slug>/<number>`, e.g. tongnan/9 or panzhihua/3.1.2. Stable: it is part of the measure's URL. */
  id: string;
  plan: string;
  /** The plan's own numbering: 9 (sequential plans) or 3.1.2 (三（一）2, outline plans). */
  number: string;
  /** The numbering label as printed at the start of the measure, e.g. "9." or "（一）". */
  label: string;
  /** Its place in the outline in the form Chinese documents cite, e.g. 二（四）9 or 三（一）2. */
  place: string;
  /** The measure's lead sentence without its full stop, e.g. 积极参与碳金融市场发展. */
  title: string;
  /** The measure's paragraphs exactly as printed, the first one starting with its label. */
  paragraphs: string[];
  /** The full text as printed without the numbering label; paragraphs joined by a line break. */
  text: string;
  /** The text without the units parenthetical: what the measure says, for comparison. */
  substance: string;
  /** The headings above the measure, outermost first. */
  sections: SectionRef[];
  /** Lead and responsible units; null where the plan names none for this measure. */
  units: MeasureUnits | null;
  /** True when our source text breaks off inside this measure. */
  truncated: boolean;
  /** Line of the measure in its MDX file. */
  line: number;
}

/** A block of the plan with what the reading page needs to anchor and link it. */
export type PlanBlock = Block & {
  /** The HTML id of the block on the plan page, when it has one. */
  anchor?: string;
  /** The outline place of a labelled block, e.g. 一（二）, and the same as numbers. */
  place?: string;
  path?: OutlinePath;
  /** For measure blocks: the measure built from it. */
  measure?: Measure;
};

export interface Plan {
  slug: string;
  file: string;
  meta: PlanFrontmatter;
  blocks: PlanBlock[];
  measures: Measure[];
  annexTasks: AnnexTask[];
}

const DATE_IN_TEXT = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

function isoFromChineseDate(text: string): string | undefined {
  const match = DATE_IN_TEXT.exec(text);
  if (!match) return undefined;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/** The lead sentence of a measure's text: up to its first 。, at most this many characters. */
export const MAX_TITLE_LENGTH = 60;

interface Context {
  path: OutlinePath;
  headings: (SectionRef & { depth: 2 | 3 })[];
}

/** Builds one plan. Pushes every problem into `errors`; returns undefined if the plan cannot be built. */
export function buildPlan(slug: string, source: PlanSource, errors: ContentError[]): Plan | undefined {
  const { file } = source;
  const before = errors.length;
  const fail = (line: number | undefined, problem: string, field?: string) =>
    errors.push(new ContentError({ file, line, field }, problem));
  const meta = validateYaml(source.frontmatter, planFrontmatterSchema, errors);
  if (!meta) return undefined;

  const blocks: PlanBlock[] = [];
  const measures: Measure[] = [];
  const anchors = new Map<string, number>();
  const claimAnchor = (anchor: string, line: number) => {
    const first = anchors.get(anchor);
    if (first !== undefined)
      fail(
        line,
        `the outline place ${anchor} occurs twice (first at line ${first}); each numbering label may appear once in its section`,
      );
    else anchors.set(anchor, line);
  };
  let context: Context = { path: [], headings: [] };
  let titleIndex = 0;

  for (const block of source.blocks) {
    if (block.kind === 'heading') {
      if (block.depth === 1) {
        titleIndex++;
        context = { path: [], headings: [] };
        blocks.push({ ...block, anchor: `doc-${titleIndex}` });
        continue;
      }
      const label = readLabel(block.text);
      const expected = block.depth - 1;
      if (!label || label.level !== expected) {
        fail(
          block.line,
          `a ${'#'.repeat(block.depth)} heading must start with a ${expected === 1 ? 'part label such as 二、' : 'section label such as （一）'}; found "${block.text}"`,
        );
        continue;
      }
      const path = pathWithin(context.path, label);
      const anchor = pathAnchor(path);
      claimAnchor(anchor, block.line);
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
      if (label && context.path.length > 0) {
        const path = pathWithin(context.path, label);
        const anchor = pathAnchor(path);
        claimAnchor(anchor, block.line);
        blocks.push({ ...block, anchor, place: pathLabel(path), path });
      } else blocks.push(block);
      continue;
    }
    if (block.kind === 'measure') {
      const built = buildMeasure(slug, meta, block, context, fail);
      if (built) {
        const { measure, path } = built;
        claimAnchor(measure.number, block.line);
        measures.push(measure);
        blocks.push({ ...block, anchor: measure.number, place: measure.place, path, measure });
      }
      continue;
    }
    blocks.push(block);
  }

  checkNumbering(meta, blocks, measures, fail);
  checkAgainstText(meta, blocks, source, fail);
  const annexTasks = readAnnexTasks(file, blocks, measures, errors);
  markTruncation(meta, blocks, measures, source, fail);

  if (errors.length > before) return undefined;
  return { slug, file, meta, blocks, measures, annexTasks };
}

function buildMeasure(
  slug: string,
  meta: PlanFrontmatter,
  block: Extract<Block, { kind: 'measure' }>,
  context: Context,
  fail: (line: number | undefined, problem: string, field?: string) => void,
): { measure: Measure; path: OutlinePath } | undefined {
  const { number, paragraphs, line } = block;
  if (!/^\d+(\.\d+)*$/.test(number)) {
    fail(line, `measure number "${number}" must be digits separated by dots, e.g. 9 or 3.1.2`, 'Measure number');
    return undefined;
  }
  const first = paragraphs[0]!;
  const label: Label | undefined = readLabel(first);
  if (!label) {
    fail(
      line,
      `measure ${number} must start with its printed numbering label (e.g. "${number.split('.').pop()}." or "（一）"); found "${first.slice(0, 12)}…"`,
    );
    return undefined;
  }
  const path = pathWithin(context.path, label);
  const expectedNumber = meta.measureNumbering === 'outline' ? path.join('.') : String(label.value);
  if (number !== expectedNumber) {
    fail(
      line,
      meta.measureNumbering === 'outline'
        ? `measure number "${number}" does not match its place ${pathLabel(path)} in the outline; expected number="${expectedNumber}"`
        : `measure number "${number}" does not match its printed label "${label.printed.trim()}"; expected number="${expectedNumber}"`,
      'Measure number',
    );
    return undefined;
  }
  const text = [first.slice(label.printed.length), ...paragraphs.slice(1)].join('\n');
  const stop = text.indexOf('。');
  const title = stop > 0 ? text.slice(0, stop) : '';
  if (title === '' || title.length > MAX_TITLE_LENGTH) {
    fail(
      line,
      `measure ${number} has no title: expected a lead sentence ending in 。 within ${MAX_TITLE_LENGTH} characters after the label`,
    );
    return undefined;
  }
  const reading = readMeasureUnits(text);
  if (reading.kind === 'error') {
    fail(line, `measure ${number}: ${reading.problem}`);
    return undefined;
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
  return { measure, path };
}

/**
 * Duplicate and skipped numbers. Labelled parts run 1, 2, 3 … under their parent in document
 * order; in a sequential plan the measures instead run 1 … N through the whole plan.
 */
function checkNumbering(
  meta: PlanFrontmatter,
  blocks: PlanBlock[],
  measures: Measure[],
  fail: (line: number | undefined, problem: string, field?: string) => void,
) {
  const seen = new Map<string, number>();
  const sequential = meta.measureNumbering === 'sequential';
  let previous = 0;
  for (const measure of measures) {
    const earlier = seen.get(measure.number);
    if (earlier !== undefined) {
      fail(measure.line, `duplicate measure number ${measure.number} (first at line ${earlier})`, 'Measure number');
      continue;
    }
    seen.set(measure.number, measure.line);
    if (!sequential) continue;
    const value = Number(measure.number);
    if (value !== previous + 1) {
      fail(
        measure.line,
        `measure number ${measure.number} is out of sequence: expected ${previous + 1} after ${previous || 'the start'}`,
        'Measure number',
      );
    }
    previous = value;
  }
  const lastChild = new Map<string, { value: number; place: string }>();
  for (const block of blocks) {
    if (!block.path || (sequential && block.kind === 'measure')) continue;
    const parent = block.path.slice(0, -1).join('.');
    const value = block.path[block.path.length - 1]!;
    const previous = lastChild.get(parent);
    const expected = (previous?.value ?? 0) + 1;
    if (value > expected) {
      const what = block.kind === 'measure' ? `measure ${block.number}` : `"${block.place}"`;
      fail(
        block.line,
        `${what} skips a number: ${previous ? `after ${previous.place} ` : ''}expected ${pathLabel([...block.path.slice(0, -1), expected])}`,
        block.kind === 'measure' ? 'Measure number' : undefined,
      );
    }
    lastChild.set(parent, { value, place: block.place! });
  }
}

/** Frontmatter facts that the text itself prints must agree with the text. */
function checkAgainstText(
  meta: PlanFrontmatter,
  blocks: PlanBlock[],
  source: PlanSource,
  fail: (line: number | undefined, problem: string, field?: string) => void,
) {
  const fieldLine = (...path: (string | number)[]) => lineOf(source.frontmatter, path);
  const titles = blocks.filter((b) => b.kind === 'heading' && b.depth === 1).map((b) => (b as { text: string }).text);
  if (!titles.includes(meta.title)) {
    fail(
      fieldLine('title'),
      `title "${meta.title}" is not one of the document's # headings (${titles.join(' / ') || 'none'})`,
      'title',
    );
  }
  const signatures = blocks.filter((b) => b.kind === 'signature').flatMap((b) => (b as { lines: string[] }).lines);
  const signatureText = signatures.join('\n');
  for (const [i, issuer] of meta.issuers.entries()) {
    if (!signatureText.includes(issuer)) {
      fail(fieldLine('issuers', i), `issuer "${issuer}" is not printed in the <Signature>`, `issuers.${i}`);
    }
  }
  const signed = signatures.map(isoFromChineseDate).filter((d) => d !== undefined);
  if (!signed.includes(meta.dateIssued)) {
    fail(
      fieldLine('dateIssued'),
      `dateIssued ${meta.dateIssued} does not match the date in the <Signature> (${signed.join(', ') || 'none'})`,
      'dateIssued',
    );
  }
  const colophon = blocks.filter((b) => b.kind === 'colophon').flatMap((b) => (b as { lines: string[] }).lines);
  if (meta.datePrinted !== undefined) {
    const printed = colophon.filter((l) => l.includes('印发')).map(isoFromChineseDate);
    if (!printed.includes(meta.datePrinted)) {
      fail(
        fieldLine('datePrinted'),
        `datePrinted ${meta.datePrinted} does not match a 印发 line in the <Colophon>`,
        'datePrinted',
      );
    }
  }
  const numbers = blocks.filter((b) => b.kind === 'documentNumber').map((b) => (b as { text: string }).text);
  if (meta.documentNumber?.inSource && !numbers.includes(meta.documentNumber.value)) {
    fail(
      fieldLine('documentNumber', 'value'),
      `documentNumber ${meta.documentNumber.value} is marked inSource but no <DocumentNumber> prints it (found ${numbers.join(', ') || 'none'})`,
      'documentNumber',
    );
  }
  if (numbers.length > 0 && !meta.documentNumber?.inSource) {
    fail(
      fieldLine('documentNumber'),
      `the text prints ${numbers.join(', ')} in <DocumentNumber>; set documentNumber.value to it with inSource: true`,
      'documentNumber',
    );
  }
  const paragraphs = blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => (b as { text: string }).text.replace(/[()]/g, (c) => (c === '(' ? '（' : '）')));
  const markings = paragraphs.filter((p) => /^（此件.*发布）$/.test(p));
  const expectedMarking = meta.publication === 'none' ? [] : [`（${meta.publication}）`];
  if (markings.join() !== expectedMarking.join()) {
    fail(
      fieldLine('publication'),
      `publication is "${meta.publication}" but the text prints ${markings.join(', ') || 'no marking'}`,
      'publication',
    );
  }
  const fullText = blocks.map((b) => ('text' in b ? b.text : 'paragraphs' in b ? b.paragraphs.join('') : '')).join('');
  for (const [i, basis] of meta.basis.entries()) {
    if (!fullText.includes(`《${basis.cited}》`)) {
      fail(
        fieldLine('basis', i, 'cited'),
        `basis "${basis.cited}" is not cited as 《${basis.cited}》 in the text`,
        `basis.${i}.cited`,
      );
    }
    if (basis.documentNumber !== undefined && !fullText.includes(basis.documentNumber)) {
      fail(
        fieldLine('basis', i, 'documentNumber'),
        `basis document number ${basis.documentNumber} is not printed in the text`,
        `basis.${i}.documentNumber`,
      );
    }
  }
}

function markTruncation(
  meta: PlanFrontmatter,
  blocks: PlanBlock[],
  measures: Measure[],
  source: PlanSource,
  fail: (line: number | undefined, problem: string, field?: string) => void,
) {
  const stopsAt = meta.completeness.stopsAt;
  if (stopsAt === undefined) return;
  const block = blocks.find((b) => b.place === stopsAt);
  if (!block) {
    fail(
      lineOf(source.frontmatter, ['completeness', 'stopsAt']),
      `completeness.stopsAt "${stopsAt}" is no place in the outline; expected a label path such as 二（五）`,
      'completeness.stopsAt',
    );
    return;
  }
  if (block !== blocks[blocks.length - 1]) {
    fail(
      block.line,
      `completeness.stopsAt is ${stopsAt} but the text goes on after it; the excerpt must end there`,
      'completeness.stopsAt',
    );
  }
  const measure = measures.find((m) => m.place === stopsAt);
  if (measure) measure.truncated = true;
}
