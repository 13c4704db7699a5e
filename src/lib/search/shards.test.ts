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
  it('spread consecutive records (one plan’s) over every shard', () => {
    const shardsOf = (bits: number) =>
      new Set(Array.from({ length: 2 ** bits }, (_, place) => shardOf(place + 7, bits)));
    expect(shardsOf(4).size).toBe(16);
    expect(shardsOf(0)).toEqual(new Set([0]));
  });

  it('hold about sixteen records each, and every record once', () => {
    expect(shardBits(216)).toBe(4);
    expect(shardBits(4320)).toBe(6);
    expect(shardBits(3)).toBe(0);
    const records = [0, 1, 3].map((place) => ({ place, url: `/${place}/`, content: '', meta: {} }));
    expect(groupIntoShards(records, 1).map((s) => s.map((r) => r.place))).toEqual([[0], [1, 3]]);
  });
});

describe('planFetch', () => {
  const manifest = { bits: 4, records: 216, recordBytes: 450, shardBytes: 3400 };
  it('fetches the own records of a few candidates', () => {
    expect(planFetch([17, 180], manifest, new Set())).toEqual({ kind: 'records', places: [17, 180] });
  });

  it('fetches shards for many candidates: never more requests than shards, however many candidates', () => {
    const many = Array.from({ length: 200 }, (_, i) => i);
    const plan = planFetch(many, manifest, new Set([0]));
    expect(plan.kind).toBe('shards');
    expect(plan.kind === 'shards' && plan.shards.length).toBeLessThanOrEqual(15);
    expect(plan.kind === 'shards' && plan.shards.includes(0)).toBe(false);
  });

  it('in a large corpus, reads up to RECORD_REQUEST_LIMIT records when cheaper, never more', () => {
    const large = { bits: MAX_SHARD_BITS, records: 4320, recordBytes: 460, shardBytes: 20_000 };
    const ids = (n: number) => Array.from({ length: n }, (_, i) => i * 31);
    expect(planFetch(ids(100), large, new Set()).kind).toBe('records');
    expect(planFetch(ids(RECORD_REQUEST_LIMIT + 1), large, new Set()).kind).toBe('shards');
  });
});

describe('packed records', () => {
  it('round-trip meta and filters, leaving out what a record does not have', () => {
    const record: ShardRecord = {
      place: 12,
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
    const bare = { place: 0, url: '/b/', content: '', meta: { title: 'B' }, filters: {} };
    expect(unpackRecord(packRecord(bare))).toEqual(bare);
  });
});

describe('RecordLoader', () => {
  it('reads gzip shards once and keeps their records for the next query', async () => {
    const records: ShardRecord[] = [{ place: 1, url: '/a/', content: '碳账户', meta: { title: 'A' } }];
    const fetched: string[] = [];
    const files: Record<string, BodyInit> = {
      '/pagefind/precision/manifest.json': JSON.stringify({ bits: 0, records: 1, recordBytes: 999, shardBytes: 10 }),
      '/pagefind/precision/0.pf_text': gzipSync(JSON.stringify(records.map(packRecord))),
    };
    // Pagefind lists its result ids in record order: zh-CN_0a is the record at place 1.
    const order = async () => ['zh-CN_ff', 'zh-CN_0a'];
    const loader = new RecordLoader(async (path) => {
      fetched.push(path);
      return new Response(files[path]!);
    }, order);
    const candidate = { id: 'zh-CN_0a', data: () => Promise.reject(new Error('no fragment expected')) };
    expect((await loader.load([candidate])).get('zh-CN_0a')?.url).toBe('/a/');
    await loader.load([candidate]);
    expect(fetched).toEqual(['/pagefind/precision/manifest.json', '/pagefind/precision/0.pf_text']);
    expect(await gunzipJson(new Response(gzipSync('[1]')))).toEqual([1]);
  });
});
