/** The bytes of a content file as text: UTF-8 without a byte-order mark, or a problem that says so. */
import type { ContentProblems } from './errors.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a content file. A file in another encoding (GBK, as Chinese Windows tools save by
 * default) is reported and returns undefined; a byte-order mark is reported and the text is
 * still returned without it, so the rest of the file is checked too.
 */
export function decodeContentFile(file: string, bytes: Uint8Array, problems: ContentProblems): string | undefined {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const valid = validPrefixLines(bytes);
    problems.report({ file, line: valid + 1, field: 'encoding' }, 'the file is not UTF-8', {
      found: 'bytes that are not UTF-8 (the file was probably saved as GBK / GB18030 or ANSI)',
      expected: 'the file saved as UTF-8 (without BOM)',
    });
    return undefined;
  }
  if (text.startsWith('\uFEFF')) {
    problems.report({ file, line: 1, field: 'encoding' }, 'the file starts with a byte-order mark', {
      found: 'an invisible U+FEFF before the first character (the file was saved as "UTF-8 with BOM")',
      expected: 'the file saved as UTF-8 without BOM',
    });
    text = text.slice(1);
  }
  return text;
}

/** How many whole lines decode as UTF-8, so the message can name the first bad line. */
function validPrefixLines(bytes: Uint8Array): number {
  let lines = 0;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        UTF8.decode(bytes.subarray(start, i));
      } catch {
        return lines;
      }
      lines++;
      start = i + 1;
    }
  }
  return lines;
}
