/**
 * What "compare your text" says about the text as a whole, beside its links: which library topics
 * it does not touch, and the result as CSV. Pure and browser-safe (the paste page's worker runs it).
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { measurePath } from '#lib/site/paths.ts';
import type { TextComparison } from './compare.ts';

/** A topic as the paste page's library file carries it: its names and the ids of the measures tagged with it. */
export interface LibraryTopic {
  id: string;
  name: string;
  nameEn: string;
  measures: string[];
}

/** The topics of the build's topic index, in taxonomy order, reduced to what the paste page needs. */
export function libraryTopics(
  topics: readonly { id: string; name: string; nameEn: string; measures: readonly string[] }[],
): LibraryTopic[] {
  return topics.map(({ id, name, nameEn, measures }) => ({ id, name, nameEn, measures: [...measures] }));
}

const planOf = (measureId: string) => measureId.slice(0, measureId.indexOf('/'));

/**
 * The topics the text does not touch, in taxonomy order. A topic is touched when at least one
 * measure tagged with it is a counterpart (any kind the page lists, common wording included) of
 * one of the text's measures. Only the plans compared count: a topic whose measures all stand in a
 * plan left out (the text is that plan's own source) is not listed, as the text could not touch it.
 */
export function untouchedTopics(
  result: Pick<TextComparison, 'measures' | 'excluded'>,
  topics: readonly LibraryTopic[],
): LibraryTopic[] {
  const counterparts = new Set(result.measures.flatMap((m) => m.links.map((l) => l.measure)));
  const excluded = new Set(result.excluded);
  return topics.filter((topic) => {
    const compared = topic.measures.filter((id) => !excluded.has(planOf(id)));
    return compared.length > 0 && !compared.some((id) => counterparts.has(id));
  });
}

/** The CSV's columns: the text's measure (printed label, its words), then the library measure it links to. */
export const TEXT_CSV_COLUMNS = ['label', 'text', 'measure', 'plan', 'number', 'kind', 'url'] as const;

/**
 * The result as CSV, as the site's other CSV files (UTF-8 with a byte-order mark, CRLF, a header
 * row; csv-stringify quotes): one row per link, in the text's order, and one row with the link
 * columns empty for each measure of the text with no counterpart. URLs are absolute against `origin`.
 */
export function comparisonCsv(result: Pick<TextComparison, 'measures'>, origin: string): string {
  const rows = result.measures.flatMap((m) =>
    m.links.length === 0
      ? [[m.label, m.text, '', '', '', '', '']]
      : m.links.map((link) => {
          const number = link.measure.slice(link.plan.length + 1);
          const url = new URL(measurePath({ plan: link.plan, number }), origin).href;
          return [m.label, m.text, link.measure, link.plan, number, link.kind, url];
        }),
  );
  return '\uFEFF' + stringify([[...TEXT_CSV_COLUMNS], ...rows], { record_delimiter: '\r\n' });
}
