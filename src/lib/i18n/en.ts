/**
 * The English interface words: the same ids as src/lib/i18n/zh.ts (the type makes a missing or
 * extra id a type error), for the English edition under /en/. Plural choices use
 * `{count, plural, one {# measure} other {# measures}}` (src/lib/i18n/format.ts).
 */
import type { zh } from './zh.ts';

// PLACEHOLDER until the English table lands: the Chinese words.
import { zh as chinese } from './zh.ts';
export const en: Record<keyof typeof zh, string> = {
  ...chinese,
  // English beside the Chinese and plan summaries (branch en-plans)
  'plan.summary.heading': 'Summary',
  'plan.summary.tag': 'Editorial summary',
  'plan.summary.intro':
    'A plain-language summary written by this site’s editors, not part of the plan; the links after each sentence lead to the measures and passages it rests on.',
  'plan.summary.refsOpen': ' (see ',
  'plan.summary.refsClose': ')',
  'plan.summary.passage': '§{anchor}',
  'plan.summary.more': 'Full summary',
  'translation.status.tag': 'Translation',
  'translation.status.text': 'Translation status: {reviewed} of {total} blocks reviewed, the rest draft.',
  'translation.status.definition':
    'A block is one heading, paragraph, measure, signature, colophon or annex table of the plan. Reviewed: a bilingual reader has read the English against the Chinese. Draft: translated, not yet read against the Chinese.',
  'translation.reviewed': 'Reviewed translation',
  'translation.draft': 'Draft translation',
  'translation.copy.english': 'Copy English',
  'translation.copy.chinese': 'Copy Chinese',
  'translation.copy.copied': 'Copied',
  'translation.copy.failed': 'Could not copy: select the text and copy it',
  'translation.column.zh': 'Chinese (authoritative)',
  'translation.column.en': 'English (unofficial translation)',
};
