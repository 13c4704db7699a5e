/**
 * Small pieces the English edition's pages share: how a measure is named in either edition, and
 * Chinese words inside an English text cut out so the template can mark them lang="zh-CN".
 */
import type { Plan } from '#lib/plan/model.ts';
import { chineseNumeralValue } from '#lib/plan/outline-labels.ts';
import type { Locale } from '#lib/i18n/catalogue.ts';
import { planNames, type TranslationTable } from './translation.ts';

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

// Outline numerals as the translation writes labels (一、→ I., （一）→ (1)); a few lines, no library needed.
function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN)
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  return out;
}

/** A run of text and whether it is Chinese (to be marked lang="zh-CN" on an English page). */
export interface LangPiece {
  text: string;
  zh: boolean;
}

const HAN_RUN = /([\p{Script=Han}（）《》“”、，。：；—]*\p{Script=Han}[\p{Script=Han}（）《》“”、，。：；]*)/u;

/**
 * An editorial English text (a glossary note, a target note) cut into English and Chinese runs,
 * so a template can mark each Chinese run lang="zh-CN". A text without Chinese is one piece.
 */
export function langPieces(text: string): LangPiece[] {
  return text
    .split(HAN_RUN)
    .filter((piece) => piece !== '')
    .map((piece) => ({ text: piece, zh: /\p{Script=Han}/u.test(piece) }));
}

/** A quotation “…” holding Chinese, without its quotation marks. */
const QUOTED_CHINESE = /(?<=“)([^“”]*\p{Script=Han}[^“”]*)(?=”)/u;

/**
 * An English text that quotes Chinese values of the data (“此件公开发布”, “三（一）2”) cut into
 * pieces: each quotation holding Chinese is one Chinese piece, whole (digits and brackets too), its
 * quotation marks English. Chinese outside quotation marks stays in an English piece, unmarked, so
 * the views' tests (unmarkedHan) find it.
 */
export function quotedLangPieces(text: string): LangPiece[] {
  return text
    .split(QUOTED_CHINESE)
    .map((piece, i) => ({ text: piece, zh: i % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}

/**
 * planNames for views whose Chinese callers may not hand over the translations (the Chinese
 * names need none); an English page without them is a programming error.
 */
export function editionPlanNames(
  ctx: { translations?: TranslationTable },
  plan: Plan,
  locale: Locale,
): { title: string; shortName: string } {
  if (locale !== 'en') return { title: plan.meta.title, shortName: plan.meta.shortName };
  if (!ctx.translations) throw new Error('an English page needs the translations (ctx.translations)');
  return planNames(ctx.translations, plan, locale);
}

/**
 * A comparison column's label in the edition of `locale`: the plan's short name for a one-plan
 * column. A province column (beyond PLANS_AS_COLUMNS plans) keeps its Chinese label: the registry
 * has no English province names yet.
 */
export function columnLabelIn(
  ctx: { translations?: TranslationTable },
  column: { label: string; plans: readonly Plan[] },
  locale: Locale,
): string {
  return column.plans.length === 1 && column.label === column.plans[0]!.meta.shortName
    ? editionPlanNames(ctx, column.plans[0]!, locale).shortName
    : column.label;
}

/** Width for right-aligned SVG row labels: Chinese labels fit `chinese`; English ones by their length at ~12px. */
export function rowLabelWidthIn(labels: readonly string[], chinese: number, locale: Locale): number {
  if (locale !== 'en') return chinese;
  return Math.max(chinese, Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * 6.4) + 16);
}

/** 一 → 1, 十二 → 12 (the parser's reading of outline numerals). */
function chineseNumber(text: string): number {
  const value = chineseNumeralValue(text);
  if (value === undefined) throw new Error(`not an outline numeral: ${text}`);
  return value;
}

/**
 * An outline place as Chinese documents cite it, in the edition of `locale`: 二（六）15 on Chinese
 * pages, "II (6) 15" on English pages (the translation's labels: 一、→ I., （一）→ (1)).
 */
export function placeIn(place: string, locale: Locale): string {
  if (locale !== 'en') return place;
  const match = /^([一二三四五六七八九十]+)?(?:（([一二三四五六七八九十]+)）)?(\d+)?$/u.exec(place);
  if (!match) return place;
  const [, part, section, item] = match;
  return [
    ...(part ? [roman(chineseNumber(part))] : []),
    ...(section ? [`(${chineseNumber(section)})`] : []),
    ...(item ? [item] : []),
  ].join(' ');
}
