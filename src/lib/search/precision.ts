/**
 * The precision step of search. Pagefind matches a bag of words and silently drops words it does
 * not know (洗绿 finds pages that only say 绿); query.ts keeps only texts that satisfy the query
 * in the folded form made here, and this module marks exactly those strings. Comparison ignores
 * white space, full/half width (Unicode NFKC) and Latin case, so ESG finds ＥＳＧ and "2025年"
 * finds "2025 年".
 */

/** A text as search compares it: NFKC (full/half width folded), Latin lower-cased, white space removed. */
export function fold(text: string): string {
  return comparable(text).chars;
}

/** How many times a folded term stands in a folded text (overlapping occurrences counted). */
export function occurrences(folded: string, term: string): number {
  if (term === '') return 0;
  let count = 0;
  for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) count++;
  return count;
}

interface Comparable {
  /** The text normalised character by character, white space dropped. */
  chars: string;
  /** For each character of `chars`, its offset in the original text. */
  origin: number[];
  /** For each character of `chars`, the end offset of its original character. */
  originEnd: number[];
}

function comparable(text: string): Comparable {
  let chars = '';
  const origin: number[] = [];
  const originEnd: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const normal = ch.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
    for (const unit of normal) {
      chars += unit;
      origin.push(offset);
      originEnd.push(offset + ch.length);
    }
    offset += ch.length;
  }
  return { chars, origin, originEnd };
}

/** Ranges [start, end) of the original text where a term stands, merged where they overlap. */
export function termRanges(text: string, terms: readonly string[]): [number, number][] {
  const { chars, origin, originEnd } = comparable(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = chars.indexOf(term); at >= 0; at = chars.indexOf(term, at + 1)) {
      ranges.push([origin[at]!, originEnd[at + term.length - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export interface HighlightPiece {
  text: string;
  match: boolean;
}

/** Where terms stand in a text: termRanges here, englishRanges (english.ts) on the English page. */
export type RangeFinder = (text: string, terms: readonly string[]) => [number, number][];

/** The text in pieces, the matches marked: render pieces with textContent, never as HTML. */
export function highlight(text: string, terms: readonly string[], ranges: RangeFinder = termRanges): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let at = 0;
  for (const [start, end] of ranges(text, terms)) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

/**
 * A window of the text around the first match, about `radius` characters either side, with
 * ellipses where it is cut, highlighted. Returns the whole text when it is short.
 */
export function excerpt(
  text: string,
  terms: readonly string[],
  radius = 60,
  find: RangeFinder = termRanges,
  wholeWords = false,
): HighlightPiece[] {
  const ranges = find(text, terms);
  if (ranges.length === 0 || text.length <= radius * 2 + 20) return highlight(text, terms, find);
  const [start, end] = ranges[0]!;
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (wholeWords) {
    // Words are not cut in half: the window widens to the spaces around it.
    while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
    while (to < text.length && !/\s/u.test(text[to]!)) to++;
  }
  const pieces = highlight(text.slice(from, to), terms, find);
  if (from > 0) pieces.unshift({ text: '…', match: false });
  if (to < text.length) pieces.push({ text: '…', match: false });
  return pieces;
}
