/**
 * Text for the precision step. Pagefind's fragments hold each record's text with a zero-width
 * space between all words (about 600 B each), and a common term (绿色: about 190 candidates)
 * meant one fragment request per candidate. The build (src/lib/build/search-index.ts) writes every
 * record's text, meta and filters twice, gzip-compressed and packed as arrays: once per record
 * (about 400 B), and once in shards of about sixteen records, keyed by the record's place in the
 * build's list of records. Pagefind is given that place as a sort value (SORT_KEY), so one
 * filter-free search sorted by it (`search(null, { sort })`, Pagefind's public API) lists every
 * result id in record order: the browser maps a result to its key before anything is fetched, and
 * the build never reads Pagefind's files back. For each query the loader reads
 * whichever costs fewer bytes: the candidates' own records (a rare term) or the shards that hold
 * them (a common one). A query makes at most 128 text requests however common its terms and
 * however large the corpus (shardBits, planFetch).
 */
import { FILTER_NAMES, type PagefindResultData } from './engine.ts';

/** Where the shards and their manifest are served, beside Pagefind's own files. */
export const SHARD_DIR = '/pagefind/precision/';

/**
 * The two search indexes: the plans' own words (Chinese, /search/) and their English
 * (/en/search/), each a Pagefind bundle of its own with its precision files beside it. The
 * Chinese bundle is the one it always was; the English one lives in a folder of its own, so
 * neither page fetches a byte of the other's index.
 */
export const SEARCH_BUNDLES = {
  'zh-CN': { language: 'zh-CN', pagefind: '/pagefind/', shards: SHARD_DIR },
  en: { language: 'en', pagefind: '/pagefind/en/', shards: '/pagefind/en/precision/' },
} as const;
export const MANIFEST_FILE = 'manifest.json';

/** About this many records per shard: at 1× a shard costs about eight records (3.4 KB), and 绿色 needs 16 requests. */
export const RECORDS_PER_SHARD = 16;

/** At most 2^6 = 64 shards: beyond that, shards grow with the corpus instead of their number. */
export const MAX_SHARD_BITS = 6;

/** At most this many record files per query; more candidates are read from shards. */
export const RECORD_REQUEST_LIMIT = 128;

/** The Pagefind sort value every record carries: its place in the build's list of records. */
export const SORT_KEY = 'record';

/** A record's sort value: its place, zero-padded so that text order and number order agree. */
export function sortValue(place: number): string {
  return String(place).padStart(8, '0');
}

export interface ShardManifest {
  /** Shards are numbered by the record's place modulo 2^bits: 2^bits shards. */
  bits: number;
  records: number;
  /** Mean size in bytes of a record file and of a shard, as stored: the two costs compared per query. */
  recordBytes: number;
  shardBytes: number;
}

/** One record as the precision step reads it, keyed by its place in the build's list of records. */
export interface ShardRecord extends PagefindResultData {
  place: number;
}

/** The meta keys of a record (records.ts SearchRecordMeta), in the order they are packed. */
const META_KEYS = ['title', 'plan', 'order', 'kind', 'id', 'number', 'parent'] as const;

export type PackedRecord = string[];

/** A record as an array of strings (place, url, content, meta values, filter values joined by a tab): half the bytes of the object. */
export function packRecord(record: ShardRecord): PackedRecord {
  return [
    String(record.place),
    record.url,
    record.content,
    ...META_KEYS.map((key) => record.meta[key] ?? ''),
    ...FILTER_NAMES.map((name) => (record.filters?.[name] ?? []).join('\t')),
  ];
}

export function unpackRecord(packed: PackedRecord): ShardRecord {
  const [place, url, content] = packed as [string, string, string];
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
  return { place: Number(place), url, content, meta, filters };
}

/** The number of bits that gives about RECORDS_PER_SHARD records per shard, within MAX_SHARD_BITS. */
export function shardBits(records: number, perShard = RECORDS_PER_SHARD): number {
  return Math.min(MAX_SHARD_BITS, Math.max(0, Math.ceil(Math.log2(Math.max(1, records / perShard)))));
}

/** The shard of the record at `place`: consecutive records (one plan's) spread over every shard. */
export function shardOf(place: number, bits: number): number {
  return place % 2 ** bits;
}

export function shardFile(shard: number): string {
  return `${shard}.pf_text`;
}

/** The file of one record, named by its place. */
export function recordFile(place: number): string {
  return `r/${place}.pf_text`;
}

/** Groups records into their shards (every shard present, possibly empty). */
export function groupIntoShards(records: readonly ShardRecord[], bits: number): ShardRecord[][] {
  const shards: ShardRecord[][] = Array.from({ length: 2 ** bits }, () => []);
  for (const record of records) shards[shardOf(record.place, bits)]!.push(record);
  return shards;
}

export type FetchPlan = { kind: 'records'; places: number[] } | { kind: 'shards'; shards: number[] };

/**
 * What to fetch for the candidates not yet known: their own records when that costs fewer bytes
 * and at most RECORD_REQUEST_LIMIT requests, otherwise their shards (at most 2^MAX_SHARD_BITS).
 */
export function planFetch(missing: readonly number[], manifest: ShardManifest, loaded: ReadonlySet<number>): FetchPlan {
  const shards = [...new Set(missing.map((place) => shardOf(place, manifest.bits)))].filter((s) => !loaded.has(s));
  shards.sort((a, b) => a - b);
  const recordCost = missing.length * manifest.recordBytes;
  const shardCost = shards.length * manifest.shardBytes;
  if (missing.length <= RECORD_REQUEST_LIMIT && recordCost < shardCost)
    return { kind: 'records', places: [...missing] };
  return { kind: 'shards', shards };
}

/** Reads a gzip-compressed JSON file (a shard), in the browser and in Node alike. */
export async function gunzipJson<T>(response: Response): Promise<T> {
  if (!response.ok || !response.body) throw new Error(`search shard: ${response.status} ${response.url}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json() as Promise<T>;
}

/** A Pagefind result before its data is loaded: its id tells the record's place (recordPlaces). */
export interface CandidateLike {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** The part of Pagefind that lists every result: a search with no term, sorted. */
export interface PagefindOrder {
  search(
    query: null,
    options: { sort: Record<string, 'asc'> },
  ): Promise<{ results: readonly { id: string }[] } | null | undefined>;
}

/** Pagefind's result ids in record order: the id at index i is the record at place i. */
export async function recordOrder(pagefind: PagefindOrder): Promise<string[]> {
  const all = await pagefind.search(null, { sort: { [SORT_KEY]: 'asc' } });
  return (all?.results ?? []).map((r) => r.id);
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
  private idOrder: Promise<{ ids: readonly string[]; placeOf: Map<string, number> }> | undefined;

  private readonly fetchFile: (path: string) => Promise<Response>;
  private readonly order: () => Promise<readonly string[]>;
  private readonly dir: string;

  /** `order` gives Pagefind's result ids in record order (recordOrder); `dir` is where the bundle's precision files are. */
  constructor(
    fetchFile: (path: string) => Promise<Response>,
    order: () => Promise<readonly string[]>,
    dir: string = SHARD_DIR,
  ) {
    this.fetchFile = fetchFile;
    this.order = order;
    this.dir = dir;
  }

  /** Drops a manifest request that failed, so the next load asks again (the search page's retry). */
  forgetFailures(): void {
    this.manifest = undefined;
    this.idOrder = undefined;
  }

  async load(candidates: readonly CandidateLike[]): Promise<Map<string, PagefindResultData>> {
    const missing = candidates.filter((c) => !this.records.has(c.id));
    if (missing.length > 0) {
      this.manifest ??= this.fetchFile(this.dir + MANIFEST_FILE).then((r) => {
        if (!r.ok) throw new Error(`search manifest: ${r.status} ${r.url}`);
        return r.json() as Promise<ShardManifest>;
      });
      this.idOrder ??= this.order().then((ids) => ({ ids, placeOf: new Map(ids.map((id, place) => [id, place])) }));
      const { ids, placeOf } = await this.idOrder;
      const known = missing.filter((c) => placeOf.has(c.id));
      const plan = planFetch(
        known.map((c) => placeOf.get(c.id)!),
        await this.manifest,
        this.loadedShards,
      );
      const packed: PackedRecord[] = [];
      if (plan.kind === 'records') {
        for (let i = 0; i < plan.places.length; i += BATCH) {
          const batch = plan.places.slice(i, i + BATCH);
          const files = batch.map((place) =>
            this.fetchFile(this.dir + recordFile(place)).then((r) => gunzipJson<PackedRecord>(r)),
          );
          packed.push(...(await Promise.all(files)));
        }
      } else {
        const shards = await Promise.all(
          plan.shards.map((s) => this.fetchFile(this.dir + shardFile(s)).then((r) => gunzipJson<PackedRecord[]>(r))),
        );
        plan.shards.forEach((s) => this.loadedShards.add(s));
        packed.push(...shards.flat());
      }
      for (const { place, ...record } of packed.map(unpackRecord)) {
        const id = ids[place];
        if (id !== undefined) this.records.set(id, record);
      }
      // The files are written with the index; should one be stale, Pagefind's fragment still answers.
      for (const c of missing) if (!this.records.has(c.id)) this.records.set(c.id, await c.data());
    }
    return new Map(candidates.map((c) => [c.id, this.records.get(c.id)!]));
  }
}
