/**
 * Paragraphs of a received text → the blocks of a plan document in the project's vocabulary
 * (README, "How a plan is stored"): titles, parts, sections, measures with their printed labels,
 * 文号, signature, colophon and annex tables. Only the layout is decided here; every word is the
 * text's own. Hand-written: the layout of Chinese government documents is known to no library.
 */
import { readLabel, pathLabel, type OutlinePath } from '#lib/plan/outline-labels.ts';
import { paragraphsOf, width, type RawParagraph } from './lines.ts';

export type DraftBlock =
  | { kind: 'title'; text: string }
  | { kind: 'part' | 'section'; text: string; path: OutlinePath }
  | { kind: 'paragraph'; text: string; path?: OutlinePath }
  | { kind: 'measure'; number: string; paragraphs: string[]; path: OutlinePath }
  | { kind: 'documentNumber'; text: string }
  | { kind: 'signature' | 'colophon'; lines: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface DraftDocument {
  blocks: DraftBlock[];
  numbering: 'sequential' | 'outline';
  /** The plan's title (the # heading of the plan itself, not of its notice or annex). */
  planTitle?: string;
  /** The place where the text breaks off mid-sentence (an excerpt), e.g. 二（五）. */
  stopsAt?: string;
}

export const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const PRINTED_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/;
const DOCUMENT_NUMBER = /^[\p{Script=Han}]{1,20}〔\d{4}〕\d+号$/u;
const NOTICE_TITLE = /关于.*通知$/;
/** The document types a plan title ends with (工作方案, 实施细则, 指导意见, …). */
const PLAN_TITLE = /(方案|细则|意见|办法|规划|计划|要点|措施)$/;
const ANNEX_TITLE = /(分解表|清单|一览表|任务表)$/;
/** An issuing body's name on a line of its own. */
const ISSUER_LINE = /(办公室|办公厅|人民政府|委员会|管委会|银行|[部厅局委会行])$/;
/** Parts that frame the plan (aims, principles, targets) rather than set measures. */
const FRAMING_PART = /总体要求|指导思想|基本原则|工作原则|主要目标|总体目标|工作目标|发展目标/;
const ENDS_SENTENCE = /[。！？；：:;!?]["”’）)」』]*$|[）)]$/;

/** A title broken by the PDF keeps a space between two characters; the title itself has none. */
function hanSpacesRemoved(text: string): string {
  return text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
}

/** A labelled line that is only a heading: one short phrase, at most a full stop at its end. */
function titleOnly(text: string): boolean {
  const body = text.replace(/[。.]$/, '');
  return width(text) <= 40 && !/[。；：;:！？]/.test(body);
}

function isPlanTitle(p: RawParagraph, cited: ReadonlySet<string>): boolean {
  const text = p.text.replace(/\s+/g, '');
  if (readLabel(p.text) || /^附件/.test(text) || ENDS_SENTENCE.test(p.text) || width(p.text) > 60) return false;
  return cited.has(text) || PLAN_TITLE.test(text);
}

/** Builds the table of an annex from its rows of cells; the first row holding 序号 is the header. */
function tableOf(rows: string[][]): { title?: string; table?: Extract<DraftBlock, { kind: 'table' }> } {
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() === '序号'));
  if (headerAt < 0) return {};
  const header = rows[headerAt]!.map((c) => c.trim());
  const columns = header.length;
  const body = rows.slice(headerAt + 1).map((cells) => {
    const row = cells.map((c) => c.trim());
    // A wrapped cell gives extra lines: they belong to the long text column (工作举措).
    while (row.length > columns) row.splice(1, 2, row[1]! + row[2]!);
    while (row.length < columns) row.push('');
    return row;
  });
  const title = rows
    .slice(0, headerAt)
    .map((r) => r.join(''))
    .join('');
  return { title: title || undefined, table: { kind: 'table', header, rows: body } };
}

export function structure(text: string): DraftDocument {
  const paragraphs = paragraphsOf(text);
  const blocks: DraftBlock[] = [];
  const cited = new Set<string>();
  let planTitle: string | undefined;
  let inBody = false;
  let inColophon = false;
  let path: OutlinePath = [];
  for (let i = 0; i < paragraphs.length; i++) {
    let p = paragraphs[i]!;
    // A title printed over two or three lines with no blank line between: one title.
    if (!p.cells && !readLabel(p.text) && !ENDS_SENTENCE.test(p.text) && width(p.text) <= 40) {
      for (let k = 1; k <= 2 && i + k < paragraphs.length; k++) {
        const parts = paragraphs.slice(i, i + k + 1);
        if (parts.some((q) => q.cells)) break;
        const combined = parts.map((q) => q.text).join('');
        const compact = combined.replace(/\s+/g, '');
        if (cited.has(compact) || (NOTICE_TITLE.test(combined) && /关于/.test(p.text) && width(combined) <= 90)) {
          p = { text: combined, emphasised: parts.some((q) => q.emphasised) };
          i += k;
          break;
        }
      }
    }
    if (p.cells) {
      const rows: string[][] = [];
      while (i < paragraphs.length && paragraphs[i]!.cells) rows.push(paragraphs[i++]!.cells!);
      i--;
      const { title, table } = tableOf(rows);
      if (title) blocks.push({ kind: 'title', text: title });
      if (table) blocks.push(table);
      else for (const row of rows) blocks.push({ kind: 'paragraph', text: row.join('') });
      inColophon = false;
      path = [];
      continue;
    }
    const text = p.text;
    for (const m of text.matchAll(/《([^》]+)》/g)) cited.add(m[1]!.replace(/\s+/g, ''));
    if (DOCUMENT_NUMBER.test(text)) {
      blocks.push({ kind: 'documentNumber', text });
      continue;
    }
    if (NOTICE_TITLE.test(text) && !ENDS_SENTENCE.test(text) && width(text) <= 90) {
      // The issuer printed on the line above the notice's 关于… title belongs to the title.
      const before = blocks.at(-1);
      if (before?.kind === 'paragraph' && ISSUER_LINE.test(before.text) && !inBody && text.startsWith('关于')) {
        blocks.pop();
        blocks.push({ kind: 'title', text: before.text + text });
      } else blocks.push({ kind: 'title', text });
      continue;
    }
    if (/^抄送/.test(text) || (PRINTED_LINE.test(text) && !inColophon)) {
      inColophon = true;
      const lines = [text];
      // An issuer line just above a 印发 line belongs to the colophon.
      const before = blocks.at(-1);
      if (!/^抄送/.test(text) && before?.kind === 'paragraph' && ISSUER_LINE.test(before.text)) {
        blocks.pop();
        lines.unshift(before.text);
      }
      blocks.push({ kind: 'colophon', lines });
      continue;
    }
    if (inColophon) {
      const colophon = blocks.at(-1);
      if (colophon?.kind === 'colophon' && !isPlanTitle(p, cited) && !/^附件/.test(text)) {
        colophon.lines.push(text);
        continue;
      }
      inColophon = false;
    }
    if (DATE_LINE.test(text)) {
      // The signature: the date and the issuer lines right above it.
      const lines = [text];
      while (true) {
        const before = blocks.at(-1);
        if (
          before?.kind !== 'paragraph' ||
          before.path ||
          ENDS_SENTENCE.test(before.text) ||
          width(before.text) > 40 ||
          /^(附件|[（(]此件)/.test(before.text)
        )
          break;
        blocks.pop();
        lines.unshift(before.text);
      }
      blocks.push({ kind: 'signature', lines });
      continue;
    }
    if (!inBody || !readLabel(text)) {
      if (isPlanTitle(p, cited) && (planTitle === undefined || ANNEX_TITLE.test(text) || p.emphasised)) {
        const title = hanSpacesRemoved(text);
        blocks.push({ kind: 'title', text: title });
        if (planTitle === undefined && !ANNEX_TITLE.test(text)) {
          planTitle = title;
          inBody = true;
        }
        path = [];
        continue;
      }
      if (!inBody && ANNEX_TITLE.test(text) && !ENDS_SENTENCE.test(text) && width(text) <= 60) {
        blocks.push({ kind: 'title', text });
        continue;
      }
    }
    const label = readLabel(text);
    // A text that starts at its first part (no title printed, or cut off above it): the body begins there.
    if (!inBody && planTitle === undefined && label?.level === 1 && titleOnly(text)) inBody = true;
    if (!label || !inBody || label.level - 1 > path.length) {
      // Plain text, or a label with no place (an item before any part): a paragraph as printed.
      const last = blocks.at(-1);
      if (last?.kind === 'measure' && !/^(附件|[（(]此件)/.test(text)) last.paragraphs.push(text);
      else blocks.push({ kind: 'paragraph', text });
      continue;
    }
    const depth = label.level;
    path = [...path.slice(0, depth - 1), label.value];
    while (path.length < depth) path.splice(path.length - 1, 0, 1);
    if (depth < 3 && titleOnly(text)) {
      blocks.push({ kind: depth === 1 ? 'part' : 'section', text, path });
      continue;
    }
    blocks.push({ kind: 'paragraph', text, path });
  }
  return markMeasures(blocks, planTitle);
}

/** Decides which labelled paragraphs are the plan's measures and numbers them. */
function markMeasures(blocks: DraftBlock[], planTitle: string | undefined): DraftDocument {
  const items = blocks.filter(
    (b): b is Extract<DraftBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.path?.length === 3,
  );
  const values = items.map((b) => b.path![2]!);
  const sequential = values.length >= 3 && values.every((v, k) => v === k + 1);
  let framing = false;
  const out: DraftBlock[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.kind === 'title') framing = false;
    if (block.kind === 'part' || (block.kind === 'paragraph' && block.path?.length === 1))
      framing = FRAMING_PART.test(block.text);
    if (block.kind !== 'paragraph' || !block.path) {
      out.push(block);
      continue;
    }
    const level = block.path.length;
    let isMeasure: boolean;
    if (sequential) isMeasure = level === 3;
    else if (framing || level === 1) isMeasure = false;
    else if (level === 2) {
      // A section with numbered items under it is their heading, not a measure.
      const next = blocks.slice(k + 1).find((b) => b.kind !== 'paragraph' || b.path);
      isMeasure = !(next?.kind === 'paragraph' && next.path?.length === 3);
    } else isMeasure = true;
    if (!isMeasure) {
      out.push(block);
      continue;
    }
    const number = sequential ? String(block.path[2]) : block.path.join('.');
    const paragraphs = [block.text];
    // Unlabelled paragraphs after a measure are its own (a measure broken by the extraction).
    while (blocks[k + 1]?.kind === 'paragraph' && !(blocks[k + 1] as { path?: OutlinePath }).path) {
      const next = blocks[k + 1] as { text: string };
      if (/^(附件|[（(]此件)/.test(next.text)) break;
      paragraphs.push(next.text);
      k++;
    }
    out.push({ kind: 'measure', number, paragraphs, path: block.path });
  }
  // An excerpt: the text stops inside a sentence.
  const lastText = [...out].reverse().find((b) => b.kind === 'paragraph' || b.kind === 'measure');
  let stopsAt: string | undefined;
  if (lastText && out.at(-1) === lastText) {
    const words = lastText.kind === 'measure' ? lastText.paragraphs.at(-1)! : lastText.text;
    const at = lastText.path;
    if (!ENDS_SENTENCE.test(words) && at) stopsAt = pathLabel(at);
  }
  return { blocks: out, numbering: sequential ? 'sequential' : 'outline', planTitle, stopsAt };
}
