/**
 * The message catalogue: one table of interface words per language, looked up by id. Views,
 * templates and client code take their words from here and nowhere else.
 */
import { zh } from './zh.ts';

export type Locale = 'zh-CN';
export type MessageId = keyof typeof zh;
export type MessageParams = Record<string, string | number>;

const TABLES: Record<Locale, Record<MessageId, string>> = { 'zh-CN': zh };

/** The message `id` in `locale`, with each `{name}` replaced by params[name]. */
export function message(id: MessageId, params: MessageParams = {}, locale: Locale = 'zh-CN'): string {
  const template = TABLES[locale][id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message ${id}: no value for {${name}}`);
    return String(value);
  });
}

/**
 * Names the first `shown` items and counts the rest ("潼南、荣昌等 5 份"): the one way the site
 * shortens a long list. Lists of `shown` items or fewer are written out whole.
 */
export function nameFirstThenCount(
  items: readonly string[],
  shown: number,
  unit: string,
  locale: Locale = 'zh-CN',
): string {
  const separator = message('list.separator', {}, locale);
  if (items.length <= shown) return items.join(separator);
  return message('list.andMore', { names: items.slice(0, shown).join(separator), count: items.length, unit }, locale);
}
