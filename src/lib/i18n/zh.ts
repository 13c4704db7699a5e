/**
 * The Chinese interface words: every string the site shows that is neither plan text nor editorial
 * content. Keyed by id; `{name}` marks a value filled in by message(). A second language is a
 * second table with the same keys (src/lib/i18n/catalogue.ts checks that).
 */
export const zh = {
  'list.andMore': '{names}等 {count} {unit}',
  'list.separator': '、',
} as const;
