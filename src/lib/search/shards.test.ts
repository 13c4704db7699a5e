import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  groupIntoShards,
  gunzipJson,
  packRecord,
  planFetch,
  RecordLoader,
  shardBits,
  shardOf,
  unpackRecord,
  MAX_SHARD_BITS,
  RECORD_REQUEST_LIMIT,
  type ShardRecord,
} from './shards.ts';

describe('shards', () => {
  it('number shards by the first bits of the fragment hash', () => {
    expect(shardOf('zh-CN_bc51951', 4)).toBe(0xb);
    expect(shardOf('zh-CN_0c51951', 5)).toBe(1);
    expect(shardOf('zh-CN_ffff', 0)).toBe(0);
    expect(() => shardOf('zh-CN_xyz', 4)).toThrow(/Pagefind result id/);
  });

  it('hold about sixteen records each, and every record once', () => {
    expect(shardBits(216)).toBe(4);
    expect(shardBits(4320)).toBe(6);
    expect(shardBits(3)).toBe(0);
    const records = ['zh-CN_0a', 'zh-CN_8b', 'zh-CN_8c'].map((id) => ({ id, url: id, content: '', meta: {} }));
    expect(groupIntoShards(records, 1).map((s) => s.map((r) => r.id))).toEqual([
      ['zh-CN_0a'],
      ['zh-CN_8b', 'zh-CN_8c'],
    ]);
  });
});

describe('planFetch', () => {
  const manifest = { bits: 4, records: 216, recordBytes: 450, shardBytes: 3400 };
  it('fetches the own records of a few candidates', () => {
    expect(planFetch(['zh-CN_a1', 'zh-CN_b2'], manifest, new Set())).toEqual({
      kind: 'records',
      ids: ['zh-CN_a1', 'zh-CN_b2'],
    });
  });

  it('fetches shards for many candidates: never more requests than shards, however many candidates', () => {
    const many = Array.from({ length: 200 }, (_, i) => `zh-CN_${(i * 331).toString(16).padStart(4, '0')}`);
    const plan = planFetch(many, manifest, new Set([0]));
    expect(plan.kind).toBe('shards');
    expect(plan.kind === 'shards' && plan.shards.length).toBeLessThanOrEqual(15);
    expect(plan.kind === 'shards' && plan.shards.includes(0)).toBe(false);
  });

  it('in a large corpus, reads up to RECORD_REQUEST_LIMIT records when cheaper, never more', () => {
    const large = { bits: MAX_SHARD_BITS, records: 4320, recordBytes: 460, shardBytes: 20_000 };
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `zh-CN_${(i * 331).toString(16).padStart(4, '0')}`);
    expect(planFetch(ids(100), large, new Set()).kind).toBe('records');
    expect(planFetch(ids(RECORD_REQUEST_LIMIT + 1), large, new Set()).kind).toBe('shards');
  });
});

describe('packed records', () => {
  it('round-trip meta and filters, leaving out what a record does not have', () => {
    const record: ShardRecord = {
      id: 'zh-CN_0a',
      url: '/plans/a/#task-2',
      content: '甲\t乙',
      meta: {
        title: '附件 任务 2',
        plan: '甲',
        order: '00-0001-002',
        kind: 'text',
        id: 'a#task-2',
        number: 'task-2',
        parent: '/plans/a/5/',
      },
      filters: { plan: ['a'], region: ['重庆'], level: ['district-plan'], category: ['carbon', 'products'] },
    };
    expect(unpackRecord(JSON.parse(JSON.stringify(packRecord(record))))).toEqual(record);
    const bare = { id: 'zh-CN_0b', url: '/b/', content: '', meta: { title: 'B' }, filters: {} };
    expect(unpackRecord(packRecord(bare))).toEqual(bare);
  });
});

describe('RecordLoader', () => {
  it('reads gzip shards once and keeps their records for the next query', async () => {
    const records: ShardRecord[] = [{ id: 'zh-CN_0a', url: '/a/', content: '碳账户', meta: { title: 'A' } }];
    const fetched: string[] = [];
    const files: Record<string, BodyInit> = {
      '/pagefind/precision/manifest.json': JSON.stringify({ bits: 0, records: 1, recordBytes: 999, shardBytes: 10 }),
      '/pagefind/precision/0.pf_text': gzipSync(JSON.stringify(records.map(packRecord))),
    };
    const loader = new RecordLoader(async (path) => {
      fetched.push(path);
      return new Response(files[path]!);
    });
    const candidate = { id: 'zh-CN_0a', data: () => Promise.reject(new Error('no fragment expected')) };
    expect((await loader.load([candidate])).get('zh-CN_0a')?.url).toBe('/a/');
    await loader.load([candidate]);
    expect(fetched).toEqual(['/pagefind/precision/manifest.json', '/pagefind/precision/0.pf_text']);
    expect(await gunzipJson(new Response(gzipSync('[1]')))).toEqual([1]);
  });
});
