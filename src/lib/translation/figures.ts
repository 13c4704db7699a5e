/**
 * The figures of a text as values, so that a translation can be checked to keep every figure of
 * the Chinese: 100亿元 is 10,000,000,000 and must stand in the English as "10 billion"; 2万户 is
 * 20,000 ("20,000 households"); 14% is 14 ("14%"); 2023年3月30日 gives 2023, 3 and 30 ("30 March
 * 2023"). Only figures written in Arabic digits are read: the plans write numbers that matter in
 * digits, and words such as 五年 or 十四五 are names or round phrases rather than figures.
 *
 * Written by hand: no library reads Chinese magnitude words (万, 亿) next to Arabic digits and
 * English scale words (million, billion) next to digits as one value.
 */

/** A figure as printed and its value. */
export interface Figure {
  printed: string;
  value: number;
}

const CHINESE_MAGNITUDE: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const ENGLISH_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Values are compared after rounding away floating-point noise (1.5 × 1e8). */
function exact(value: number): number {
  return Number(value.toPrecision(12));
}

/** The figures of a Chinese text: digits (full- or half-width) with an optional 千/万/亿 after them. */
export function chineseFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.normalize('NFKC').matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万亿|亿|万|千)?/g)) {
    const number = Number(match[1]!.replace(/,/g, ''));
    figures.push({ printed: match[0].trim(), value: exact(number * (CHINESE_MAGNITUDE[match[2] ?? ''] ?? 1)) });
  }
  return figures;
}

/**
 * The figures of an English text: digits with thousands commas and an optional scale word
 * ("10 billion", "20,000", "1.5 million", "14%"), and month names as their numbers (March → 3).
 */
export function englishFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const normal = text.normalize('NFKC');
  for (const match of normal.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?/gi)) {
    const number = Number(match[1]!.replace(/,/g, ''));
    const scale = ENGLISH_SCALE[(match[2] ?? '').toLowerCase()] ?? 1;
    figures.push({ printed: match[0], value: exact(number * scale) });
  }
  for (const match of normal.matchAll(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
  ))
    figures.push({ printed: match[0], value: MONTHS.indexOf(match[1]!.toLowerCase()) + 1 });
  return figures;
}

/** The figures of the Chinese whose value stands nowhere in the English, each once. */
export function missingFigures(chinese: string, english: string): Figure[] {
  const present = new Set(englishFigures(english).map((f) => f.value));
  const missing = new Map<number, Figure>();
  for (const figure of chineseFigures(chinese))
    if (!present.has(figure.value) && !missing.has(figure.value)) missing.set(figure.value, figure);
  return [...missing.values()];
}

/** A value as an English reader writes it: 10000000000 → "10,000,000,000". */
export function formatValue(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 6 }).format(value);
}
