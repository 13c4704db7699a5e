/**
 * The numbering labels Chinese government documents print before their parts:
 * 一、 (part), （一） (section, also printed half-width as (一)), 1. or 1． (item).
 */

export type LabelLevel = 1 | 2 | 3;

export interface Label {
  level: LabelLevel;
  /** The number the label stands for: 二 → 2, （三） → 3, 12． → 12. */
  value: number;
  /** The label exactly as printed at the start of the text, e.g. "(一) " or "1．". */
  printed: string;
}

const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads a Chinese numeral from 一 to 九十九; returns undefined for anything else. */
export function chineseNumeralValue(numeral: string): number | undefined {
  if (numeral.length === 1) return numeral === '十' ? 10 : NUMERALS[numeral];
  const match = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(numeral);
  if (!match) return undefined;
  const tens = match[1] ? NUMERALS[match[1]]! : 1;
  const units = match[2] ? NUMERALS[match[2]]! : 0;
  return tens * 10 + units;
}

const NUMERAL_CHARS = '[一二三四五六七八九十]+';
const PART = new RegExp(`^(${NUMERAL_CHARS})、\\s*`);
const SECTION = new RegExp(`^[（(](${NUMERAL_CHARS})[）)]\\s*`);
const ITEM = /^(\d+)[.．]\s*/;

/** The label at the start of a heading, paragraph or measure, if it has one. */
export function readLabel(text: string): Label | undefined {
  for (const [level, pattern] of [
    [1, PART],
    [2, SECTION],
    [3, ITEM],
  ] as const) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = level === 3 ? Number(match[1]) : chineseNumeralValue(match[1]!);
    if (value === undefined || value < 1) return undefined;
    return { level, value, printed: match[0] };
  }
  return undefined;
}

/** A position in a plan's outline: the values of the labels from the part down, e.g. 三（一）2 → [3, 1, 2]. */
export type OutlinePath = number[];

/**
 * The path of a labelled block given the path of the enclosing headings: a label replaces
 * everything at its own level and below (so （五） after heading （四） is a sibling of （四）).
 */
export function pathWithin(context: OutlinePath, label: Label): OutlinePath {
  return [...context.slice(0, label.level - 1), label.value];
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–99 as a Chinese numeral: 3 → 三, 10 → 十, 12 → 十二, 21 → 二十一. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new RangeError(`no numeral for ${value}`);
  if (value < 10) return DIGITS[value]!;
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[value % 10]}`;
}

/**
 * How Chinese documents cite a place in the outline: [3, 1, 2] → 三（一）2. This is also the
 * form editorial data uses to point into a plan (see targets).
 */
export function pathLabel(path: OutlinePath): string {
  return path
    .map((value, depth) =>
      depth === 0 ? chineseNumeral(value) : depth === 1 ? `（${chineseNumeral(value)}）` : String(value),
    )
    .join('');
}

/** The HTML id of a labelled block that is not a measure: [3, 1] → s3-1. */
export function pathAnchor(path: OutlinePath): string {
  return `s${path.join('-')}`;
}
