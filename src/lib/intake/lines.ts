/**
 * Extraction damage repaired, as README ("How a plan is stored") describes: page furniture (page
 * numbers, running headers, a web page's notice) dropped, `**` and leading `#` removed, and lines
 * wrapped by the PDF joined into paragraphs. The words themselves are never changed. Hand-written
 * because no library knows how Chinese government documents are laid out.
 */
import { readLabel } from '#lib/plan/outline-labels.ts';

/** One paragraph of the received text, with what its markers said about it. */
export interface RawParagraph {
  text: string;
  /** The extraction marked it as a Markdown heading (#) or set all of it in bold. */
  emphasised: boolean;
  /** Tab-indented lines: the cells of a flattened table, one per line. */
  cells?: string[];
}

/** Text a web page appended to a document (the master plan's "预览已结束…"); never plan text. */
const WEB_NOTICE = /^(预览已结束|完整报告链接|点击(查看|下载)|扫码|下载文档)/;
/** A line that is only a page number: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 12 页, 3/12. */
const PAGE_NUMBER =
  /^(?:[-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(印发)?$/;
/** A paragraph ends here: sentence-final punctuation, possibly inside closing quotes or brackets. */
const TERMINAL = /[。！？；：:;!?]["”’）)」』]*$|[）)]$/;

/** Display width: a CJK or full-width character counts 1, an ASCII one ½ (as a PDF line is filled). */
export function width(line: string): number {
  let w = 0;
  for (const ch of line) w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}

/** Whether a line opens a new block: a numbering label, a units parenthetical, a marking, a date. */
export function opensBlock(line: string): boolean {
  return (
    readLabel(line) !== undefined ||
    /^[（(]\s*(牵头|责任|此件)/.test(line) ||
    /^(抄送|附件|印发)/.test(line) ||
    DATE_LINE.test(line) ||
    /〔\d{4}〕\d+号$/.test(line)
  );
}

function stripMarkers(line: string): { text: string; bold: boolean; heading: boolean } {
  let text = line.replace(/[\s\u3000]+$/u, '').replace(/^[ \u3000]+/u, '');
  const heading = /^#{1,6}\s/.test(text);
  if (heading) text = text.replace(/^#{1,6}\s+/, '');
  const bold = /^\*\*.*\*\*$/.test(text) && text.length > 4;
  text = text.replace(/\*\*/g, '').trim();
  return { text, bold, heading };
}

/** Lines repeated on many pages (running headers): short, no label, printed at least three times. */
function runningHeaders(lines: readonly { text: string; tab: boolean }[]): Set<string> {
  const counts = new Map<string, number>();
  /**
   * Times a line is text where it stands: an issuer above a date, or a name after 、 or ， where a
   * list goes on. A line printed as often as that is the document's own, not furniture.
   */
  const textual = new Map<string, number>();
  const filledLines = lines.filter((l) => l.text);
  const filled = filledLines.map((l) => l.text);
  filled.forEach((line, i) => {
    // Table cells are never furniture (a unit named in many rows).
    if (line.length > 40 || filledLines[i]!.tab) return;
    counts.set(line, (counts.get(line) ?? 0) + 1);
    const signs = i + 1 < filled.length && /^\d{4}\s*年.*日/.test(filled[i + 1]!);
    const continues = i > 0 && /[、，,]$/.test(filled[i - 1]!);
    if (signs || continues) textual.set(line, (textual.get(line) ?? 0) + 1);
  });
  return new Set(
    [...counts]
      .filter(
        ([line, n]) =>
          n >= 3 &&
          (textual.get(line) ?? 0) * 2 < n &&
          // Words, not a stray comma or bracket left alone on a line by the wrapping.
          /[\p{L}\p{N}]{2}/u.test(line) &&
          !opensBlock(line) &&
          !TERMINAL.test(line),
      )
      .map(([line]) => line),
  );
}

/** Length in characters, every character counted alike (a text re-wrapped by characters). */
function length(line: string): number {
  return [...line].length;
}

/**
 * How a PDF wrapped the lines, if it did: the common length of the long lines, measured by
 * display width or by characters, whichever the lines cluster on more tightly.
 */
export function wrapOf(lines: readonly string[]): { columns: number; measure: (line: string) => number } | undefined {
  let best: { columns: number; measure: (line: string) => number; near: number } | undefined;
  for (const measure of [width, length]) {
    const sizes = lines.map(measure).filter((w) => w >= 12);
    if (sizes.length < 8) continue;
    const counts = new Map<number, number>();
    for (const w of sizes) counts.set(Math.round(w), (counts.get(Math.round(w)) ?? 0) + 1);
    const mode = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
    const near = sizes.filter((w) => Math.abs(w - mode) <= 3).length;
    if (mode > 60 || near < sizes.length * 0.35) continue;
    if (!best || near > best.near)
      best = { columns: Math.max(...sizes.filter((w) => Math.abs(w - mode) <= 3)), measure, near };
  }
  return best && { columns: best.columns, measure: best.measure };
}

/** The received text as paragraphs, furniture dropped and wrapped lines joined. */
export function paragraphsOf(text: string): RawParagraph[] {
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const marked = rawLines.map((raw) => ({ raw, tab: /^\t/.test(raw), ...stripMarkers(raw) }));
  const headers = runningHeaders(marked);
  const kept = marked.filter(
    (l) => !(l.text && !l.tab && (PAGE_NUMBER.test(l.text) || WEB_NOTICE.test(l.text) || headers.has(l.text))),
  );
  const wrap = wrapOf(kept.filter((l) => !l.tab && l.text).map((l) => l.text));
  const paragraphs: RawParagraph[] = [];
  let open: { text: string; last: string; emphasised: boolean; boldOpen: boolean } | undefined;
  let table: string[][] | undefined;
  let boldSpan = false;
  const close = () => {
    if (open) paragraphs.push({ text: open.text, emphasised: open.emphasised });
    open = undefined;
  };
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i]!;
    // A flattened table: tab-indented cells, rows between blank lines.
    if (line.tab) {
      close();
      if (!table) table = [[]];
      table[table.length - 1]!.push(line.text);
      continue;
    }
    if (table && line.text === '') {
      if (table[table.length - 1]!.length) table.push([]);
      continue;
    }
    const row = table?.[table.length - 1];
    if (row?.length) {
      // A cell's text wrapped onto a line without the tab: it goes on that cell.
      row[row.length - 1] = joinLines(row[row.length - 1]!, line.text);
      continue;
    }
    if (table) {
      for (const row of table) if (row.length) paragraphs.push({ text: row.join(''), emphasised: false, cells: row });
      table = undefined;
    }
    // A bold span across lines (**重庆市…办公室 / 关于印发…通知**) is one paragraph.
    const raw = line.raw.trim();
    // A bold span open at the end of the line (an odd number of ** markers) goes on to the next.
    const marks = raw.match(/\*\*/g)?.length ?? 0;
    const opensBold = !boldSpan && marks % 2 === 1 && /^(#+\s*)?\*\*/.test(raw);
    const closesBold = boldSpan && marks % 2 === 1;
    if (line.text === '') {
      if (open && !open.boldOpen && !joinsAcrossBlank(open.text, open.last, nextText(kept, i), wrap)) close();
      continue;
    }
    if (
      open &&
      ((open.boldOpen && !opensBlock(line.text)) ||
        continues(open.text, open.last, line.text, wrap, open.emphasised && line.bold))
    ) {
      open.text = joinLines(open.text, line.text);
      open.last = line.text;
      open.emphasised ||= line.bold || line.heading;
    } else {
      close();
      open = { text: line.text, last: line.text, emphasised: line.bold || line.heading || opensBold, boldOpen: false };
    }
    if (opensBold) boldSpan = true;
    else if (closesBold || marks % 2 === 1) boldSpan = false;
    open.boldOpen = boldSpan;
  }
  close();
  if (table)
    for (const row of table) if (row.length) paragraphs.push({ text: row.join(''), emphasised: false, cells: row });
  return paragraphs;
}

function nextText(lines: readonly { text: string; tab: boolean }[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text) return lines[j]!.tab ? undefined : lines[j]!.text;
  return undefined;
}

type Wrap = NonNullable<ReturnType<typeof wrapOf>>;

/** Latin words keep a space where the line broke; Chinese text joins without one. */
function joinLines(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** A long paragraph that has not finished its sentence goes on, whatever the layout. */
function unfinished(paragraph: string): boolean {
  // A heading, a title or a signature line has no comma or full stop inside: a paragraph that has
  // one and does not end its sentence was cut by the page.
  const words = paragraph.slice(readLabel(paragraph)?.printed.length ?? 0);
  return !TERMINAL.test(paragraph) && (width(paragraph) >= 40 || /[，。；、,]/.test(words));
}

/**
 * A title ends here, however wide its last line: a short run of words with no comma or full stop,
 * ending in a document type (…工作方案, …的通知). What follows is a new paragraph.
 */
function endsTitle(text: string, next: string): boolean {
  return (
    /(通知|方案|细则|意见|办法|规划|计划|要点)$/.test(text) &&
    width(text) <= 60 &&
    !/[，。；,;]/.test(text) &&
    (text.match(/《/g)?.length ?? 0) === (text.match(/》/g)?.length ?? 0) &&
    !/^[，。、；：,.;:）)》”]/.test(next)
  );
}

/** Whether line `b` goes on the paragraph `text` whose last line is `a` (no blank line between them). */
function continues(text: string, a: string, b: string, wrap: Wrap | undefined, bothBold: boolean): boolean {
  if (/^[（(]\s*(牵头|责任)/.test(b)) return true;
  if (opensBlock(b)) return false;
  if (bothBold) return true;
  if (endsTitle(text, b)) return false;
  if (wrap !== undefined && wrap.measure(a) >= wrap.columns - 4) return true;
  return unfinished(text);
}

/** A blank line inside a sentence (a page break: 加大对绿 / 色低碳领域) does not end the paragraph. */
function joinsAcrossBlank(text: string, a: string, b: string | undefined, wrap: Wrap | undefined): boolean {
  if (b === undefined || opensBlock(b)) return /^[（(]\s*(牵头|责任)/.test(b ?? '');
  if (/^[（(]?此件/.test(b) || endsTitle(text, b)) return false;
  if (wrap !== undefined && wrap.measure(a) >= wrap.columns - 4) return true;
  return unfinished(text);
}
