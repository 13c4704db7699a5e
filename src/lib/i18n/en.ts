/**
 * The English interface words: the same ids as src/lib/i18n/zh.ts (the type makes a missing or
 * extra id a type error), for the English edition under /en/. Plural choices use
 * `{count, plural, one {# measure} other {# measures}}` (src/lib/i18n/format.ts).
 */
import type { zh } from './zh.ts';

// PLACEHOLDER until the English table lands: the Chinese words.
import { zh as chinese } from './zh.ts';
export const en: Record<keyof typeof zh, string> = { ...chinese };
