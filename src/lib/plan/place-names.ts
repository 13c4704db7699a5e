/**
 * Places in either edition: 重庆市潼南区 on Chinese pages, "Tongnan District, Chongqing Municipality"
 * on English ones. Apart from labels.ts because it brings the pinyin dictionary, which only the
 * build needs (the paste page's worker imports labels.ts).
 */
import { pinyin } from 'pinyin-pro';
import type { Locale } from '#lib/i18n/catalogue.ts';
import type { PlanFrontmatter } from './schema.ts';

/** 重庆市潼南区, 四川省攀枝花市, 重庆市. */
export function regionName(region: PlanFrontmatter['region'], locale: Locale = 'zh-CN'): string {
  if (locale === 'en') return regionNameEn(region);
  return [region.province, region.city, region.district].filter(Boolean).join('');
}

/**
 * A place's name in pinyin as English writes place names: syllables joined, toneless, capitalised,
 * with an apostrophe before a syllable that opens with a, o or e (重庆 → Chongqing, 西安 → Xi'an).
 * The reading is pinyin-pro's, whose dictionary reads polyphonic characters by the word (重庆 chong).
 */
function placePinyin(stem: string): string {
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true });
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const PLACE_SUFFIXES: readonly [string, string][] = [
  ['自治区', 'Autonomous Region'],
  ['省', 'Province'],
  ['市', 'City'],
  ['区', 'District'],
  ['县', 'County'],
];

/** One place in pinyin with its kind: 潼南区 → Tongnan District; 重庆市 (a province-level municipality) → Chongqing Municipality. */
export function placeNameEn(place: string, provinceLevel = false): string {
  const suffix = PLACE_SUFFIXES.find(([zh]) => place.endsWith(zh));
  const stem = suffix ? place.slice(0, -suffix[0].length) : place;
  const name = placePinyin(stem);
  if (!suffix) return name;
  return `${name} ${provinceLevel && suffix[0] === '市' ? 'Municipality' : suffix[1]}`;
}

/** Tongnan District, Chongqing Municipality; Panzhihua City, Sichuan Province; Chongqing Municipality. */
export function regionNameEn(region: PlanFrontmatter['region']): string {
  return [region.district, region.city, region.province]
    .filter((p): p is string => Boolean(p))
    .map((p) => placeNameEn(p, p === region.province))
    .join(', ');
}
