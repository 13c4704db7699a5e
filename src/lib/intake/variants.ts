/**
 * Damaged copies of a received text, as other extractions of the same document would give them:
 * for the importer's robustness tests. Each keeps every word and changes only the layout.
 */

/** Re-wraps every paragraph line at `columns` characters, as a PDF extraction does (table cells untouched). */
export function rewrapped(text: string, columns = 30): string {
  return text
    .split('\n')
    .map((raw) => {
      // Indentation is layout, not text: a re-wrapped page starts every line at the margin.
      const line = raw.startsWith('\t') ? raw : raw.trim();
      if (line.startsWith('\t') || [...line].length <= columns) return line;
      const chars = [...line];
      const out: string[] = [];
      // The ** markers come from the extraction, after the layout: a line never breaks inside one.
      for (let i = 0; i < chars.length;) {
        let end = Math.min(i + columns, chars.length);
        if (chars[end - 1] === '*' && chars[end] === '*') end++;
        out.push(chars.slice(i, end).join(''));
        i = end;
      }
      return out.join('\n');
    })
    .join('\n');
}

/** A page number line and a running header every `every` lines, as printed at each page break. */
export function paginated(text: string, every = 12, header = '绿色金融改革创新工作文件'): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    out.push(line);
    if ((i + 1) % every === 0 && !line.startsWith('\t')) {
      out.push('', `- ${page} -`, header, '');
      page++;
    }
  });
  return out.join('\n');
}

/** Windows line ends and a byte-order mark. */
export function windowsFile(text: string): string {
  return '\uFEFF' + text.replace(/\r?\n/g, '\r\n');
}

/** Every numbering label printed in the other width: （一）↔(一), 1.↔1．. */
export function labelWidthsSwapped(text: string): string {
  const swap: Record<string, string> = { '（': '(', '）': ')', '(': '（', ')': '）', '.': '．', '．': '.' };
  return text
    .split('\n')
    .map((line) =>
      line.replace(
        /^(\s*(?:#+\s*)?(?:\*\*)?)(?:([（(])([一二三四五六七八九十]+)([）)])|(\d+)([.．])(?!\d))/,
        (_, lead: string, open?: string, numeral?: string, close?: string, digits?: string, dot?: string) =>
          open ? `${lead}${swap[open]}${numeral}${swap[close!]}` : `${lead}${digits}${swap[dot!]}`,
      ),
    )
    .join('\n');
}

/** Every blank line doubled. */
export function blankLinesDoubled(text: string): string {
  return text.replace(/\n(\s*)\n/g, '\n$1\n\n');
}

export const VARIANTS = {
  'rewrapped at 30': (t: string) => rewrapped(t, 30),
  'page numbers and running headers': (t: string) => paginated(t),
  'CRLF and BOM': windowsFile,
  'label widths swapped': labelWidthsSwapped,
  'blank lines doubled': blankLinesDoubled,
  'all five at once': (t: string) => windowsFile(blankLinesDoubled(labelWidthsSwapped(paginated(rewrapped(t, 30))))),
} as const;
