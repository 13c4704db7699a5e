/**
 * Characters an editor cannot see or tell apart from others: zero-width characters, a byte-order
 * mark inside text, CJK compatibility ideographs (U+F900–U+FAFF: 金 U+F90A looks like 金 U+91D1
 * but is another character), the ideographic space U+3000, no-break spaces and other format
 * characters. Found anywhere in content/, they are reported with their place, unless the plan's
 * source itself prints them there.
 */
import type { ContentProblems } from './errors.ts';

export interface SuspiciousCharacter {
  /** Index in the text (UTF-16 code units). */
  index: number;
  line: number;
  column: number;
  char: string;
  /** e.g. "U+200B (zero-width space)". */
  name: string;
}

const NAMES: Record<number, string> = {
  0x00a0: 'no-break space',
  0x00ad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x2060: 'word joiner',
  0x202f: 'narrow no-break space',
  0x3000: 'ideographic space',
  0xfeff: 'byte-order mark / zero-width no-break space',
};

function nameOf(char: string): string | undefined {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (NAMES[code]) return `${hex} (${NAMES[code]})`;
  if (code >= 0xf900 && code <= 0xfaff) {
    return `${hex} (CJK compatibility ideograph; looks like ${char.normalize('NFKC')} U+${char.normalize('NFKC').codePointAt(0)!.toString(16).toUpperCase()} but is another character)`;
  }
  if (code >= 0x2f00 && code <= 0x2fdf) return `${hex} (Kangxi radical; looks like ${char.normalize('NFKC')})`;
  // Other invisible format characters (direction marks and the like), and control characters.
  if (/[\p{Cf}\p{Cc}]/u.test(char) && !'\n\r\t'.includes(char)) return `${hex} (invisible control character)`;
  return undefined;
}

/** The characters nameOf knows, as one pattern, so a text is scanned once (no per-character call). */
const SUSPICIOUS = /[\u00a0\u00ad\u200b-\u200d\u2060\u202f\u3000\ufeff\uf900-\ufaff\u2f00-\u2fdf\p{Cf}\p{Cc}]/gu;

/** Every suspicious character of `text`, with line and column (1-based). */
export function suspiciousCharacters(text: string): SuspiciousCharacter[] {
  const found: SuspiciousCharacter[] = [];
  for (const match of text.matchAll(SUSPICIOUS)) {
    const char = match[0];
    const name = nameOf(char);
    if (!name) continue;
    const index = match.index;
    const before = text.slice(0, index);
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    found.push({ index, line, column: index - before.lastIndexOf('\n'), char, name });
  }
  return found;
}

/**
 * Reports every suspicious character of a content file with line and column. In a plan, one is
 * allowed where its source (`sourceRaw`) prints the same character after the same character.
 */
export function checkCharacters(file: string, raw: string, sourceRaw: string | undefined, problems: ContentProblems) {
  for (const found of suspiciousCharacters(raw)) {
    const before = raw[found.index - 1] ?? '';
    if (sourceRaw?.includes(before + found.char)) continue;
    problems.report(
      { file, line: found.line, field: `column ${found.column}` },
      'an invisible or look-alike character',
      {
        // Marked with [ ] so the editor sees where it stands; the code names what it is.
        found: `${found.name} in "${raw.slice(Math.max(0, found.index - 6), found.index)}[${found.char}]${raw.slice(found.index + 1, found.index + 6)}"`,
        expected:
          found.char.normalize('NFKC') !== found.char && found.char.normalize('NFKC').trim()
            ? `the ordinary character ${found.char.normalize('NFKC')} as the source prints it`
            : 'no such character: delete it (retype the words around it from the source)',
      },
    );
  }
}
