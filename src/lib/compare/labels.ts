/**
 * Names the compare pages give in either edition: a unit list, and the
 * Chinese runs of an English sentence (quoted plan words, a cited title) cut out so a template can
 * mark each lang="zh-CN".
 */
import type { Locale } from '#lib/i18n/catalogue.ts';
import type { AgencyRegistry } from '#lib/agencies/agencies.ts';

/**
 * Unit names as printed in `plan`, in the edition of `locale`: on English pages each unit's
 * `nameEn` (content/agencies.yaml), the printed name where the registry has none.
 */
export function unitNamesIn(
  agencies: Pick<AgencyRegistry, 'resolve'>,
  plan: string,
  printed: readonly string[],
  locale: Locale,
): string[] {
  return locale === 'en' ? printed.map((name) => agencies.resolve(plan, name)?.nameEn ?? name) : [...printed];
}

/** A run of text, and whether it is Chinese inside an English page (to be marked lang="zh-CN"). */
export interface TextPiece {
  text: string;
  zh: boolean;
}

// Characters a Chinese run is made of: Han, CJK and full-width punctuation, curly quotes, figures.
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’0-9.%';
// A run of them holding a Han character; spaces and arrows inside it (探索 → 鼓励探索) stay in the run.
const HAN_RUN = new RegExp(`([${CJK}]*\\p{Script=Han}(?:[${CJK} →]*[${CJK}])?)`, 'u');

/**
 * A sentence cut into pieces for a template: on a Chinese page one piece, unmarked; on an English
 * page the English and the Chinese runs apart (a quoted verb such as 探索 → 鼓励探索, a cited title),
 * each Chinese run marked.
 */
export function piecesIn(text: string, locale: Locale): TextPiece[] {
  if (locale !== 'en') return [{ text, zh: false }];
  return text
    .split(HAN_RUN)
    .filter((piece) => piece !== '')
    .map((piece) => ({ text: piece, zh: /\p{Script=Han}/u.test(piece) }));
}
