/**
 * 下载结果 (CSV): the results on screen as id, plan, number, title, url and matched passage,
 * Excel-friendly like /data/measures.csv (UTF-8 with a byte-order mark, CRLF line ends).
 * csv-stringify's browser build does the quoting.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { SearchHit } from './engine.ts';

export const RESULT_COLUMNS = ['id', 'plan', 'number', 'title', 'url', 'passage'] as const;

/** The passage as plain text: the excerpt's pieces joined, matches unmarked. */
export function passageText(hit: SearchHit): string {
  return hit.excerpt.map((p) => p.text).join('');
}

/** One row per result shown, annex tasks after the measure they break down; URLs made absolute against `origin`. */
export function resultsCsv(hits: readonly SearchHit[], origin: string): string {
  const rows = hits
    .flatMap((hit) => [hit, ...hit.tasks])
    .map((hit) => [hit.id, hit.plan, hit.number, hit.title, new URL(hit.url, origin).href, passageText(hit)]);
  return '\uFEFF' + stringify([[...RESULT_COLUMNS], ...rows], { record_delimiter: '\r\n' });
}
