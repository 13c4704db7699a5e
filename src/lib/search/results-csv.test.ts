import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { resultsCsv, RESULT_COLUMNS } from './results-csv.ts';
import type { SearchHit } from './engine.ts';

const hit = (over: Partial<SearchHit>): SearchHit => ({
  url: '/plans/a/5/',
  title: '第5条 推进“碳账户”建设',
  plan: '甲',
  planSlug: 'a',
  kind: 'measure',
  id: 'a/5',
  number: '5',
  excerpt: [
    { text: '建立', match: false },
    { text: '碳账户', match: true },
    { text: '，"数据",\n共享', match: false },
  ],
  tasks: [],
  ...over,
});

describe('resultsCsv', () => {
  const task = hit({ url: '/plans/a/#task-2', kind: 'text', id: 'a#task-2', number: 'task-2', title: '附件 任务 2' });
  const csv = resultsCsv([hit({ tasks: [task] })], 'https://example.cn');

  it('opens in Excel: byte-order mark and CRLF', () => {
    expect(csv.startsWith('\uFEFFid,plan,')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(3);
  });

  it('round-trips quotes, commas and line breaks, one row per result and task', () => {
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...RESULT_COLUMNS]);
    expect(rows.map((r) => r.url)).toEqual(['https://example.cn/plans/a/5/', 'https://example.cn/plans/a/#task-2']);
    expect(rows[0]!.passage).toBe('建立碳账户，"数据",\n共享');
    expect(rows[0]!.title).toBe('第5条 推进“碳账户”建设');
  });
});
