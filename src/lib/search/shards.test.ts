import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  groupIntoShards,
  gunzipJson,
  planFetch,
  RecordLoader,
  shardBits,
  shardOf,
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
    expect(shardBits(4320)).toBe(9);
    expect(shardBits(3)).toBe(0);
    const records = ['zh-CN_0a', 'zh-CN_8b', 'zh-CN_8c'].map((id) => ({ id, url: id, content: '', meta: {} }));
    expect(groupIntoShards(records, 1).map((s) => s.map((r) => r.id))).toEqual([
      ['zh-CN_0a'],
      ['zh-CN_8b', 'zh-CN_8c'],
    ]);
  });
});

describe('planFetch', () => {
  const manifest = { bits: 4, records: 216, fragmentBytes: 600, shardBytes: 3600 };
  it('fetches the fragments of a few candidates', () => {
    expect(planFetch(['zh-CN_a1', 'zh-CN_b2'], manifest, new Set())).toEqual({
      kind: 'fragments',
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
});

describe('RecordLoader', () => {
  it('reads gzip shards once and keeps their records for the next query', async () => {
    const records: ShardRecord[] = [{ id: 'zh-CN_0a', url: '/a/', content: '碳账户', meta: { title: 'A' } }];
    const fetched: string[] = [];
    const files: Record<string, BodyInit> = {
      '/pagefind/precision/manifest.json': JSON.stringify({ bits: 0, records: 1, fragmentBytes: 999, shardBytes: 10 }),
      '/pagefind/precision/0.pf_text': gzipSync(JSON.stringify(records)),
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
