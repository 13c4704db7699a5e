/**
 * Builds the search index of the built site (the integration runs it when Astro is done, on the
 * output folder Astro names). Every record is added through Pagefind's Node API from the build
 * context's records, so the index holds the plans' printed words and nothing else: each measure
 * (opening its page) and each section of plan text outside measures (opening at its anchor on the
 * plan page). The plans' own words are indexed as Chinese (zh-CN) in /pagefind/, their English
 * (content/translations/en) as English (en, with Pagefind's English stemming) in a bundle of its own,
 * /pagefind/en/ (shards.ts SEARCH_BUNDLES). Then each bundle's precision step text files (one
 * per record, and shards) are written beside Pagefind's files from the same records
 * (src/lib/search/shards.ts), keyed by each record's place in the list, which Pagefind also holds
 * as the record's sort value: nothing Pagefind writes is read back.
 */
import * as pagefind from 'pagefind';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PlanTextRecord } from '#lib/search/records.ts';
import {
  groupIntoShards,
  packRecord,
  recordFile,
  shardBits,
  shardFile,
  MANIFEST_FILE,
  SORT_KEY,
  sortValue,
  type ShardManifest,
  type ShardRecord,
} from '#lib/search/shards.ts';

export interface SearchIndexSummary {
  records: number;
  shards: number;
  manifest: ShardManifest;
}

/** One bundle to write: its records, its language, and where it is served (shards.ts SEARCH_BUNDLES). */
export interface SearchBundle {
  records: readonly PlanTextRecord[];
  language: string;
  /** Site paths of Pagefind's files and of the precision files, e.g. /pagefind/ and /pagefind/precision/. */
  pagefind: string;
  shards: string;
}

/**
 * Writes each bundle's Pagefind index and precision files into `outDir` (the built site's root),
 * in order (the Chinese first: the English bundle is a folder inside it).
 */
export async function writeSearchIndexes(
  bundles: readonly SearchBundle[],
  outDir: string,
): Promise<SearchIndexSummary[]> {
  try {
    const summaries: SearchIndexSummary[] = [];
    for (const bundle of bundles) summaries.push(await writeBundle(bundle, outDir));
    return summaries;
  } finally {
    await pagefind.close();
  }
}

async function writeBundle(bundle: SearchBundle, outDir: string): Promise<SearchIndexSummary> {
  const { records, language } = bundle;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Every record is sent before the first answer is awaited (Pagefind's service reads its requests in
  // the order sent): one round trip per record, awaited in turn, kept the build waiting on Pagefind
  // (at 20× the corpus, 13 s from the last page to the finished indexes; 9 s so).
  const additions = records.map((record, place) => {
    const meta: Record<string, string> = Object.fromEntries(
      Object.entries(record.meta).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    // The record's place as its sort value: the browser lists result ids in this order (shards.ts).
    const sort = { [SORT_KEY]: sortValue(place) };
    return index.addCustomRecord({ ...record, meta, sort, language });
  });
  for (const [place, added] of (await Promise.all(additions)).entries())
    if (added.errors.length > 0) throw new Error(`pagefind: ${records[place]!.url}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, bundle.pagefind) });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);

  const shardRecords: ShardRecord[] = records.map((r, place) => ({
    place,
    url: r.url,
    content: r.content,
    meta: { ...r.meta },
    filters: r.filters,
  }));
  const bits = shardBits(shardRecords.length);
  const shardDir = join(outDir, bundle.shards);
  const write = (name: string, data: unknown) => {
    const file = join(shardDir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, gzipSync(JSON.stringify(data), { level: 9 }));
    return statSync(file).size;
  };
  let recordBytes = 0;
  for (const record of shardRecords) recordBytes += write(recordFile(record.place), packRecord(record));
  let shardBytes = 0;
  groupIntoShards(shardRecords, bits).forEach((shard, n) => {
    shardBytes += write(shardFile(n), shard.map(packRecord));
  });
  const manifest: ShardManifest = {
    bits,
    records: shardRecords.length,
    recordBytes: Math.round(recordBytes / shardRecords.length),
    shardBytes: Math.round(shardBytes / 2 ** bits),
  };
  writeFileSync(join(shardDir, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return { records: records.length, shards: 2 ** bits, manifest };
}
