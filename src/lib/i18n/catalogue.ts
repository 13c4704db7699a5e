/**
 * The message catalogue: one table of interface words per language, looked up by id. Views,
 * templates and client code take their words from here and nowhere else.
 */
import { zh } from './zh.ts';
import { en } from './en.ts';
import { fillMessage, type MessageParams } from './format.ts';

export type { MessageParams };

/** The site's languages: Chinese at the root, the English edition under /en/ (src/lib/site/locale.ts). */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export type MessageId = keyof typeof zh;

/** A page's edition from Astro's `Astro.currentLocale` (astro.config.mjs `i18n`): English under /en/, else Chinese. */
export function localeOf(currentLocale: string | undefined): Locale {
  return currentLocale === 'en' ? 'en' : 'zh-CN';
}

const TABLES: Record<Locale, Record<MessageId, string>> = { 'zh-CN': zh, en };

/** The message `id` in `locale`, with each `{name}` replaced by params[name] (and plural choices made). */
export function message(id: MessageId, params: MessageParams = {}, locale: Locale = 'zh-CN'): string {
  return fillMessage(id, TABLES[locale][id], params, locale);
}

/**
 * The templates of the messages whose id starts with `prefix`, for a page to hand to its client
 * script as JSON (the script formats them with fillMessage, without bundling the tables).
 */
export function clientMessages(prefix: string, locale: Locale = 'zh-CN'): Partial<Record<MessageId, string>> {
  return Object.fromEntries(Object.entries(TABLES[locale]).filter(([id]) => id.startsWith(prefix)));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A message whose id ends in `.html` (a little trusted markup: <a>, <code>, <kbd>), with every
 * value HTML-escaped, for set:html.
 */
export function messageHtml(id: MessageId, params: MessageParams = {}, locale: Locale = 'zh-CN'): string {
  if (!id.endsWith('.html')) throw new Error(`message ${id}: not a markup message (its id does not end in .html)`);
  const escaped = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!)]),
  );
  return message(id, escaped, locale);
}

/** message() bound to one locale: what a view passes around as `say`. */
export function wordsOf(locale: Locale = 'zh-CN') {
  return (id: MessageId, params: MessageParams = {}) => message(id, params, locale);
}

/**
 * The first `shown` items, and the words that count them all when some are left out ("等 5 份"),
 * else null: the one way the site shortens a long list, for lists of links as well as of names.
 */
export function firstThenCount<T>(
  items: readonly T[],
  shown: number,
  unit: string,
  locale: Locale = 'zh-CN',
): { shown: T[]; count: string | null } {
  if (items.length <= shown) return { shown: [...items], count: null };
  return { shown: items.slice(0, shown), count: message('list.count', { count: items.length, unit }, locale) };
}

/**
 * Names the first `shown` items and counts the rest ("潼南、荣昌等 5 份"). Lists of `shown` items
 * or fewer are written out whole.
 */
export function nameFirstThenCount(
  items: readonly string[],
  shown: number,
  unit: string,
  locale: Locale = 'zh-CN',
): string {
  const { shown: named, count } = firstThenCount(items, shown, unit, locale);
  return named.join(message('list.separator', {}, locale)) + (count ?? '');
}
