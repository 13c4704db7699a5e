/**
 * A measure's substance as a sequence of tokens, each standing for exactly one character of a
 * normalised string that the diff works on. A token is one printed character, or one whole name
 * from the table of equivalents (潼南区), which becomes one private-use character per class so that
 * 潼南区 and 荣昌区 compare as equal. White space is kept on the token before it (it is part of the
 * print, not of the wording), and full- and half-width forms compare as one (NFKC, then the
 * Chinese forms of , ; : ( )). Because the mapping is one token per character, every diff of the
 * normalised strings maps back to the printed texts exactly.
 */
import type { PlanName } from './names.ts';

export interface Token {
  /** As printed (with any white space that follows it). */
  text: string;
  /** The one character the diff sees. */
  norm: string;
  /** The class of equivalent names, when the token is a name. */
  classId?: string;
}

/** First private-use code point: name classes become U+E000, U+E001, … */
const CLASS_BASE = 0xe000;

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};

/** One printed character as the diff sees it (equal for full- and half-width forms). */
export function normalChar(char: string): string {
  const nfkc = char.normalize('NFKC');
  if (nfkc.length !== 1) return char;
  return HALF_TO_FULL[nfkc] ?? nfkc;
}

/** The private-use character a class of names stands as. */
export function classChar(classIds: readonly string[], classId: string): string {
  return String.fromCharCode(CLASS_BASE + classIds.indexOf(classId));
}

/**
 * Splits `text` into tokens. At each place the longest name that starts there is taken, unless a
 * longer name starts inside it (在荣昌区 is 在 + 荣昌区, not 在荣 + 昌区).
 */
export function tokenize(text: string, names: readonly PlanName[], classIds: readonly string[]): Token[] {
  const matchAt = (i: number): PlanName | undefined => names.find((n) => text.startsWith(n.name, i));
  const tokens: Token[] = [];
  let pending = '';
  for (let i = 0; i < text.length;) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      if (tokens.length > 0) tokens[tokens.length - 1]!.text += char;
      else pending += char;
      i++;
      continue;
    }
    let name = matchAt(i);
    if (name) {
      const end = i + name.name.length;
      for (let j = i + 1; j < end; j++) {
        const inner = matchAt(j);
        if (inner && j + inner.name.length > end && inner.name.length > name.name.length) {
          name = undefined;
          break;
        }
      }
    }
    if (name) {
      tokens.push({ text: pending + name.name, norm: classChar(classIds, name.classId), classId: name.classId });
      i += name.name.length;
    } else {
      tokens.push({ text: pending + char, norm: normalChar(char) });
      i++;
    }
    pending = '';
  }
  if (pending && tokens.length === 0) tokens.push({ text: pending, norm: ' ' });
  return tokens;
}

export function normalised(tokens: readonly Token[]): string {
  return tokens.map((t) => t.norm).join('');
}
