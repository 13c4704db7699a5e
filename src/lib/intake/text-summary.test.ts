import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import type { TextComparison, TextLink } from './compare.ts';
import { comparisonCsv, TEXT_CSV_COLUMNS, untouchedTopics, type LibraryTopic } from './text-summary.ts';

/** A link as the engine gives it, reduced to what these functions read. */
const link = (measure: string, kind: TextLink['kind'] = 'adapted'): TextLink => ({
  label: '',
  number: '',
  measure,
  plan: measure.slice(0, measure.indexOf('/')),
  libraryIs: 'earlier',
  kind,
  textShare: 0.5,
  libraryShare: 0.5,
  strength: [],
  units: { added: [], removed: [], lead: null } as unknown as TextLink['units'],
  redline: [],
});

/*
 * Hand-checked example. The text has three measures: 一 links to a/1 (adapted) and b/2 (common
 * wording), 二 to nothing, 三 to b/5 (partial). Topics:
 *   green-loans   a/1, c/3   → touched (a/1 is a counterpart)
 *   carbon        b/2        → touched (b/2 is a counterpart, common wording counts)
 *   insurance     a/4, b/6   → untouched (neither is a counterpart)
 *   bonds         c/7        → untouched
 *   funds         b/5, a/9   → touched (b/5)
 *   fintech       x/1        → not listed: its one measure stands in plan x, left out
 *   guarantee     x/2, c/8   → untouched (c/8 is compared and not a counterpart)
 * So, in taxonomy order: insurance, bonds, guarantee.
 */
const comparison: Pick<TextComparison, 'measures' | 'excluded'> = {
  measures: [
    {
      number: '1',
      label: '一、',
      title: '绿色信贷',
      text: '发展绿色信贷，“绿贷通”。',
      links: [link('a/1'), link('b/2', 'common')],
    },
    { number: '2', label: '二、', title: '', text: '新设, 一条\n没有对应的举措', links: [] },
    { number: '3', label: '三、', title: '', text: '设立绿色基金。', links: [link('b/5', 'partial')] },
  ],
  excluded: ['x'],
};
const topic = (id: string, measures: string[]): LibraryTopic => ({ id, name: id, nameEn: id, measures });
const topics = [
  topic('green-loans', ['a/1', 'c/3']),
  topic('carbon', ['b/2']),
  topic('insurance', ['a/4', 'b/6']),
  topic('bonds', ['c/7']),
  topic('funds', ['b/5', 'a/9']),
  topic('fintech', ['x/1']),
  topic('guarantee', ['x/2', 'c/8']),
];

test('a topic is untouched when none of its measures in the plans compared is a counterpart of the text (hand-checked)', () => {
  expect(untouchedTopics(comparison, topics).map((t) => t.id)).toEqual(['insurance', 'bonds', 'guarantee']);
});

test('a topic becomes touched as soon as one of its measures is a counterpart, and a text with no links touches none', () => {
  const more = {
    ...comparison,
    measures: [...comparison.measures, { ...comparison.measures[1]!, links: [link('c/8')] }],
  };
  expect(untouchedTopics(more, topics).map((t) => t.id)).toEqual(['insurance', 'bonds']);
  const none = { excluded: [], measures: comparison.measures.map((m) => ({ ...m, links: [] })) };
  expect(untouchedTopics(none, topics).map((t) => t.id)).toEqual(topics.map((t) => t.id));
});

test('the CSV has a BOM, CRLF, a header row, one row per link and one with empty link columns per unmatched measure', () => {
  const csv = comparisonCsv(comparison, 'https://example.org');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.split('\r\n')[0]).toBe('\uFEFF' + TEXT_CSV_COLUMNS.join(','));
  const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r.label, r.measure, r.kind])).toEqual([
    ['一、', 'a/1', 'adapted'],
    ['一、', 'b/2', 'common'],
    ['二、', '', ''],
    ['三、', 'b/5', 'partial'],
  ]);
  // The text survives quoting (comma, quotes, line break), and the link points at the measure page.
  expect(rows[0]!.text).toBe(comparison.measures[0]!.text);
  expect(rows[2]!.text).toBe(comparison.measures[1]!.text);
  expect(rows[0]).toMatchObject({ plan: 'a', number: '1', url: 'https://example.org/plans/a/1/' });
  expect(rows[2]).toMatchObject({ plan: '', number: '', url: '' });
});
