/**
 * Draft blocks → the MDX body. Characters MDX would read as syntax are escaped exactly as README
 * ("Writing characters MDX treats as syntax") advises, so the page shows the plan's words as printed.
 */
import type { DraftBlock } from './structure.ts';

/** Plan text made safe for MDX: the parser gives back exactly `text`. */
export function escapeText(text: string): string {
  let out = text
    .replace(/\\/g, '\\\\')
    .replace(/[<{}*_`[]/g, (c) => `\\${c}`)
    .replace(/~~/g, '\\~\\~');
  // The space after 1. would make a Markdown list; printed labels keep no space there either way.
  out = out.replace(/^(\d+[.．])\s+/, '$1');
  out = out.replace(/^([-+>#|])/, '\\$1');
  out = out.replace(/^(import|export)\b/, (w) => (w === 'import' ? '&#105;mport' : '&#101;xport'));
  return out;
}

function cell(text: string): string {
  return escapeText(text).replace(/\|/g, '\\|');
}

export function renderBody(blocks: readonly DraftBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(`# ${escapeText(block.text).replace(/\s+/g, ' ')}`);
        break;
      case 'part':
        out.push(`## ${escapeText(block.text)}`);
        break;
      case 'section':
        out.push(`### ${escapeText(block.text)}`);
        break;
      case 'paragraph':
        out.push(escapeText(block.text));
        break;
      case 'measure':
        out.push(`<Measure number="${block.number}">\n${block.paragraphs.map(escapeText).join('\n\n')}\n</Measure>`);
        break;
      case 'documentNumber':
        out.push(`<DocumentNumber>\n${escapeText(block.text)}\n</DocumentNumber>`);
        break;
      case 'signature':
        out.push(`<Signature>\n${block.lines.map(escapeText).join('\n\n')}\n</Signature>`);
        break;
      case 'colophon':
        out.push(`<Colophon>\n${block.lines.map(escapeText).join('\n\n')}\n</Colophon>`);
        break;
      case 'table':
        out.push(
          [
            `| ${block.header.map(cell).join(' | ')} |`,
            `| ${block.header.map(() => '---').join(' | ')} |`,
            ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
    }
  }
  return out.join('\n\n') + '\n';
}
