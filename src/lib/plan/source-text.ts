/**
 * The plan's text against the source it was made from (content/sources/). The MDX may repair
 * only extraction damage, so after the same normalisation both must be the same text: this is the
 * comparison the faithful-text test makes on the built pages, made here on the plan itself so
 * that a wrong `source:` or a truncated measure stops the build.
 */
import type { ContentProblems } from '#lib/content/errors.ts';
import type { Block } from './document.ts';

/** Text a web page appended to the master plan's extraction; not part of any plan. */
const WEB_NOTICE = /预览已结束[^\n]*/g;

/** How texts are compared: Unicode NFKC, with all white space removed. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * A received source as the plan should read: without the web page's "预览已结束" notice and the
 * Markdown markers (** and leading #) extraction left behind, then made comparable.
 */
export function comparableSource(raw: string): string {
  return comparable(
    raw
      .replace(WEB_NOTICE, '')
      .replace(/\*\*/g, '')
      .replace(/^[ \t]*#+[ \t]/gm, ''),
  );
}

/** The block's words in pieces, each with the line it is written on (table rows, measure paragraphs). */
function segments(block: Block): { words: string; line: number }[] {
  switch (block.kind) {
    case 'measure':
      return block.paragraphs.map((words, i) => ({ words, line: block.paragraphLines?.[i] ?? block.line }));
    case 'signature':
    case 'colophon':
      return block.lines.map((words, i) => ({ words, line: block.paragraphLines?.[i] ?? block.line }));
    case 'table':
      // Header on the table's first line, the delimiter row after it, then one row per line.
      return [block.header, ...block.rows].map((row, i) => ({
        words: row.join(''),
        line: block.line + (i === 0 ? 0 : i + 1),
      }));
    case 'documentNumber':
      return [{ words: block.text, line: block.paragraphLines?.[0] ?? block.line }];
    default:
      return [{ words: block.text, line: block.line }];
  }
}

const SNIPPET = 16;

/**
 * Reports the first place where the plan's text leaves its source, with the line of the block
 * it is in, what the plan has there and what the source has.
 */
export function compareWithSource(
  file: string,
  sourceName: string,
  blocks: readonly Block[],
  sourceRaw: string,
  problems: ContentProblems,
): void {
  const source = comparableSource(sourceRaw);
  // Invisible characters are reported on their own (checkCharacters); do not report them twice.
  const invisible = /\p{Cf}/gu;
  let offset = 0;
  const all = blocks.flatMap(segments);
  for (const segment of all) {
    const words = comparable(segment.words.replace(invisible, ''));
    for (let i = 0; i < words.length; i++) {
      if (words[i] === source[offset + i]) continue;
      // Where the two part, with a little context before it.
      const from = Math.max(0, i - 4);
      problems.report(
        { file, line: segment.line, field: 'text' },
        `the plan text differs from its source ${sourceName}`,
        {
          found: `"…${words.slice(from, i + SNIPPET)}…"`,
          expected:
            offset + i >= source.length
              ? 'the source ends before this'
              : `"…${source.slice(offset + from, offset + i + SNIPPET)}…" as in the source (check the source: field and the text)`,
        },
      );
      return;
    }
    offset += words.length;
  }
  if (offset < source.length) {
    const last = all[all.length - 1];
    problems.report(
      { file, line: last?.line ?? 1, field: 'text' },
      `the plan text stops before the end of its source ${sourceName}`,
      {
        found: 'the end of the plan text',
        expected: `"${source.slice(offset, offset + SNIPPET)}…" as the source goes on`,
      },
    );
  }
}
