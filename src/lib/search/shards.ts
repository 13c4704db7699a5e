/**
 * Text shards for the precision step. Pagefind keeps one fragment per record, so a common term
 * (绿色: about 190 candidates) meant one request per candidate. index-search also writes every
 * record's text, meta and filters into a fixed number of gzip-compressed shards, grouped by the
 * first bits of Pagefind's own fragment hash (uniform, and known from a result without fetching
 * anything). For each query the precision step reads whichever costs fewer bytes: the
 * candidates' fragments (few candidates), or the shards that hold them (many) — so a query never
 * makes more record requests than there are shards, however common its terms.
 */
import type { PagefindResultData } from './engine.ts';

/** Where the shards and their manifest are served, beside Pagefind's own files. */
export const SHARD_DIR = '/pagefind/precision/';
export const MANIFEST_FILE = 'manifest.json';

/** About this many records per shard: at 1× a shard costs about six fragments (3.5 KB), and 绿色 needs 16 requests. */
export const RECORDS_PER_SHARD = 16;

export interface ShardManifest {
  /** Shards are numbered by the first `bits` bits of the fragment hash: 2^bits shards. */
  bits: number;
  records: number;
  /** Mean size in bytes of a Pagefind fragment and of a shard, as stored: the two costs compared per query. */
  fragmentBytes: number;
  shardBytes: number;
}

/** One record as a shard stores it: the fragment's fields the search page reads, keyed by Pagefind's result id. */
export interface ShardRecord extends PagefindResultData {
  id: string;
}

/** The number of bits that gives about RECORDS_PER_SHARD records per shard (at least one shard). */
export function shardBits(records: number, perShard = RECORDS_PER_SHARD): number {
  return Math.max(0, Math.ceil(Math.log2(Math.max(1, records / perShard))));
}

/** The shard of a Pagefind result id such as zh-CN_bc51951 (the hash is hexadecimal). */
export function shardOf(resultId: string, bits: number): number {
  const hash = resultId.slice(resultId.lastIndexOf('_') + 1);
  const top = parseInt(hash.slice(0, 4).padEnd(4, '0'), 16);
  if (Number.isNaN(top)) throw new Error(`not a Pagefind result id: ${resultId}`);
  return bits === 0 ? 0 : top >> (16 - bits);
}

export function shardFile(shard: number): string {
  return `${shard}.pf_text`;
}

/** Groups records into their shards (every shard present, possibly empty). */
export function groupIntoShards(records: readonly ShardRecord[], bits: number): ShardRecord[][] {
  const shards: ShardRecord[][] = Array.from({ length: 2 ** bits }, () => []);
  for (const record of records) shards[shardOf(record.id, bits)]!.push(record);
  return shards;
}

export type FetchPlan = { kind: 'fragments'; ids: string[] } | { kind: 'shards'; shards: number[] };

/**
 * What to fetch for the candidates not yet known: their fragments when that costs fewer bytes
 * and no more requests than the shards would, otherwise their shards.
 */
export function planFetch(missing: readonly string[], manifest: ShardManifest, loaded: ReadonlySet<number>): FetchPlan {
  const shards = [...new Set(missing.map((id) => shardOf(id, manifest.bits)))].filter((s) => !loaded.has(s));
  shards.sort((a, b) => a - b);
  const fragmentCost = missing.length * manifest.fragmentBytes;
  const shardCost = shards.length * manifest.shardBytes;
  if (missing.length <= 2 ** manifest.bits && fragmentCost < shardCost) return { kind: 'fragments', ids: [...missing] };
  return { kind: 'shards', shards };
}

/** Reads a gzip-compressed JSON file (a shard), in the browser and in Node alike. */
export async function gunzipJson<T>(response: Response): Promise<T> {
  if (!response.ok || !response.body) throw new Error(`search shard: ${response.status} ${response.url}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json() as Promise<T>;
}

/** A Pagefind result before its data is loaded: its id tells the shard. */
export interface CandidateLike {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Fragments are fetched this many at a time. */
const BATCH = 16;

/**
 * Loads the records of candidates, fragment by fragment or shard by shard (planFetch), and keeps
 * them for the next query. `fetchFile` reads a path under the site root.
 */
export class RecordLoader {
  private readonly records = new Map<string, PagefindResultData>();
  private readonly loadedShards = new Set<number>();
  private manifest: Promise<ShardManifest> | undefined;

  private readonly fetchFile: (path: string) => Promise<Response>;

  constructor(fetchFile: (path: string) => Promise<Response>) {
    this.fetchFile = fetchFile;
  }

  async load(candidates: readonly CandidateLike[]): Promise<Map<string, PagefindResultData>> {
    const missing = candidates.filter((c) => !this.records.has(c.id));
    if (missing.length > 0) {
      this.manifest ??= this.fetchFile(SHARD_DIR + MANIFEST_FILE).then((r) => r.json() as Promise<ShardManifest>);
      const plan = planFetch(
        missing.map((c) => c.id),
        await this.manifest,
        this.loadedShards,
      );
      if (plan.kind === 'fragments') {
        for (let i = 0; i < missing.length; i += BATCH) {
          const batch = missing.slice(i, i + BATCH);
          const data = await Promise.all(batch.map((c) => c.data()));
          batch.forEach((c, j) => this.records.set(c.id, data[j]!));
        }
      } else {
        const shards = await Promise.all(
          plan.shards.map((s) => this.fetchFile(SHARD_DIR + shardFile(s)).then((r) => gunzipJson<ShardRecord[]>(r))),
        );
        plan.shards.forEach((s) => this.loadedShards.add(s));
        for (const { id, ...record } of shards.flat()) this.records.set(id, record);
        // A shard always holds its records; should one be stale, its fragment still answers.
        for (const c of missing) if (!this.records.has(c.id)) this.records.set(c.id, await c.data());
      }
    }
    return new Map(candidates.map((c) => [c.id, this.records.get(c.id)!]));
  }
}
