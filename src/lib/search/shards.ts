/**
 * Text for the precision step. Pagefind's fragments hold each record's text with a zero-width
 * space between all words (about 600 B each), and a common term (绿色: about 190 candidates)
 * meant one fragment request per candidate. index-search writes every record's text, meta and
 * filters twice, gzip-compressed and packed as arrays: once per record (about 400 B), and once
 * in shards of about sixteen records, grouped by the first bits of Pagefind's fragment hash
 * (uniform, and known from a result before anything is fetched). For each query the loader reads
 * whichever costs fewer bytes: the candidates' own records (a rare term) or the shards that hold
 * them (a common one). A query makes at most 128 text requests however common its terms and
 * however large the corpus (shardBits, planFetch).
 */
import { FILTER_NAMES, type PagefindResultData } from './engine.ts';

/** Where the shards and their manifest are served, beside Pagefind's own files. */
export const SHARD_DIR = '/pagefind/precision/';
export const MANIFEST_FILE = 'manifest.json';

/** About this many records per shard: at 1× a shard costs about eight records (3.4 KB), and 绿色 needs 16 requests. */
export const RECORDS_PER_SHARD = 16;

/** At most 2^6 = 64 shards: beyond that, shards grow with the corpus instead of their number. */
export const MAX_SHARD_BITS = 6;

/** At most this many record files per query; more candidates are read from shards. */
export const RECORD_REQUEST_LIMIT = 128;

export interface ShardManifest {
  /** Shards are numbered by the first `bits` bits of the fragment hash: 2^bits shards. */
  bits: number;
  records: number;
  /** Mean size in bytes of a record file and of a shard, as stored: the two costs compared per query. */
  recordBytes: number;
  shardBytes: number;
}

/** One record as the precision step reads it, keyed by Pagefind's result id. */
export interface ShardRecord extends PagefindResultData {
  id: string;
}

/** The meta keys of a record (records.ts SearchRecordMeta), in the order they are packed. */
const META_KEYS = ['title', 'plan', 'order', 'kind', 'id', 'number', 'parent'] as const;

export type PackedRecord = string[];

/** A record as an array of strings (id, url, content, meta values, filter values joined by a tab): half the bytes of the object. */
export function packRecord(record: ShardRecord): PackedRecord {
  return [
    record.id,
    record.url,
    record.content,
    ...META_KEYS.map((key) => record.meta[key] ?? ''),
    ...FILTER_NAMES.map((name) => (record.filters?.[name] ?? []).join('\t')),
  ];
}

export function unpackRecord(packed: PackedRecord): ShardRecord {
  const [id, url, content] = packed as [string, string, string];
  const meta: Record<string, string> = {};
  META_KEYS.forEach((key, i) => {
    const value = packed[3 + i];
    if (value) meta[key] = value;
  });
  const filters: Record<string, string[]> = {};
  FILTER_NAMES.forEach((name, i) => {
    const value = packed[3 + META_KEYS.length + i];
    if (value) filters[name] = value.split('\t');
  });
  return { id, url, content, meta, filters };
}

/** The number of bits that gives about RECORDS_PER_SHARD records per shard, within MAX_SHARD_BITS. */
export function shardBits(records: number, perShard = RECORDS_PER_SHARD): number {
  return Math.min(MAX_SHARD_BITS, Math.max(0, Math.ceil(Math.log2(Math.max(1, records / perShard)))));
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

/** The file of one record, named by its Pagefind result id. */
export function recordFile(resultId: string): string {
  return `r/${resultId}.pf_text`;
}

/** Groups records into their shards (every shard present, possibly empty). */
export function groupIntoShards(records: readonly ShardRecord[], bits: number): ShardRecord[][] {
  const shards: ShardRecord[][] = Array.from({ length: 2 ** bits }, () => []);
  for (const record of records) shards[shardOf(record.id, bits)]!.push(record);
  return shards;
}

export type FetchPlan = { kind: 'records'; ids: string[] } | { kind: 'shards'; shards: number[] };

/**
 * What to fetch for the candidates not yet known: their own records when that costs fewer bytes
 * and at most RECORD_REQUEST_LIMIT requests, otherwise their shards (at most 2^MAX_SHARD_BITS).
 */
export function planFetch(missing: readonly string[], manifest: ShardManifest, loaded: ReadonlySet<number>): FetchPlan {
  const shards = [...new Set(missing.map((id) => shardOf(id, manifest.bits)))].filter((s) => !loaded.has(s));
  shards.sort((a, b) => a - b);
  const recordCost = missing.length * manifest.recordBytes;
  const shardCost = shards.length * manifest.shardBytes;
  if (missing.length <= RECORD_REQUEST_LIMIT && recordCost < shardCost) return { kind: 'records', ids: [...missing] };
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

/** Records are fetched this many at a time. */
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

  /** Drops a manifest request that failed, so the next load asks again (the search page's retry). */
  forgetFailures(): void {
    this.manifest = undefined;
  }

  async load(candidates: readonly CandidateLike[]): Promise<Map<string, PagefindResultData>> {
    const missing = candidates.filter((c) => !this.records.has(c.id));
    if (missing.length > 0) {
      this.manifest ??= this.fetchFile(SHARD_DIR + MANIFEST_FILE).then((r) => {
        if (!r.ok) throw new Error(`search manifest: ${r.status} ${r.url}`);
        return r.json() as Promise<ShardManifest>;
      });
      const plan = planFetch(
        missing.map((c) => c.id),
        await this.manifest,
        this.loadedShards,
      );
      const packed: PackedRecord[] = [];
      if (plan.kind === 'records') {
        for (let i = 0; i < plan.ids.length; i += BATCH) {
          const batch = plan.ids.slice(i, i + BATCH);
          const files = batch.map((id) =>
            this.fetchFile(SHARD_DIR + recordFile(id)).then((r) => gunzipJson<PackedRecord>(r)),
          );
          packed.push(...(await Promise.all(files)));
        }
      } else {
        const shards = await Promise.all(
          plan.shards.map((s) => this.fetchFile(SHARD_DIR + shardFile(s)).then((r) => gunzipJson<PackedRecord[]>(r))),
        );
        plan.shards.forEach((s) => this.loadedShards.add(s));
        packed.push(...shards.flat());
      }
      for (const { id, ...record } of packed.map(unpackRecord)) this.records.set(id, record);
      // The files are written with the index; should one be stale, Pagefind's fragment still answers.
      for (const c of missing) if (!this.records.has(c.id)) this.records.set(c.id, await c.data());
    }
    return new Map(candidates.map((c) => [c.id, this.records.get(c.id)!]));
  }
}
