/**
 * Builds the search index of the built site (the integration runs it when Astro is done, on the
 * output folder Astro names). Every record is added through Pagefind's Node API from the build
 * context's records, so the index holds the plans' printed words and nothing else: each measure
 * (opening its page) and each section of plan text outside measures (opening at its anchor on the
 * plan page). Everything is indexed as Chinese (zh-CN). Then the precision step's text files (one
 * per record, and shards) are written beside Pagefind's files from the same records
 * (src/lib/search/shards.ts). They are keyed by Pagefind's result id, the one thing the browser
 * knows of a result before loading it; Pagefind's API does not return that id, so it is still
 * read from the fragment files written (to be replaced: see README, "Search index").
 */
import * as pagefind from 'pagefind';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PlanTextRecord } from '#lib/search/records.ts';
import {
  groupIntoShards,
  packRecord,
  recordFile,
  shardBits,
  shardFile,
  MANIFEST_FILE,
  SHARD_DIR,
  type ShardManifest,
  type ShardRecord,
} from '#lib/search/shards.ts';

const LANGUAGE = 'zh-CN';
const FRAGMENT_PREFIX = 'pagefind_dcd';

export interface SearchIndexSummary {
  records: number;
  shards: number;
  manifest: ShardManifest;
}

/** Writes Pagefind's index and the precision files into `outDir` (the built site's root). */
export async function writeSearchIndex(
  records: readonly PlanTextRecord[],
  outDir: string,
): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const meta: Record<string, string> = Object.fromEntries(
        Object.entries(record.meta).filter((entry): entry is [string, string] => entry[1] !== undefined),
      );
      const added = await index.addCustomRecord({ ...record, meta, language: LANGUAGE });
      if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }

  // Pagefind names each fragment by its hash, which is also the result id the browser sees.
  const fragmentDir = join(outDir, 'pagefind', 'fragment');
  const idByUrl = new Map<string, string>();
  for (const file of readdirSync(fragmentDir)) {
    const json = gunzipSync(readFileSync(join(fragmentDir, file)))
      .toString('utf8')
      .slice(FRAGMENT_PREFIX.length);
    idByUrl.set((JSON.parse(json) as { url: string }).url, file.replace(/\.pf_fragment$/, ''));
  }
  if (idByUrl.size !== records.length)
    throw new Error(`search index: Pagefind wrote ${idByUrl.size} fragments for ${records.length} records`);
  const shardRecords: ShardRecord[] = records.map((r) => ({
    id: idByUrl.get(r.url)!,
    url: r.url,
    content: r.content,
    meta: { ...r.meta },
    filters: r.filters,
  }));
  const bits = shardBits(shardRecords.length);
  const shardDir = join(outDir, SHARD_DIR);
  const write = (name: string, data: unknown) => {
    const file = join(shardDir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, gzipSync(JSON.stringify(data), { level: 9 }));
    return statSync(file).size;
  };
  let recordBytes = 0;
  for (const record of shardRecords) recordBytes += write(recordFile(record.id), packRecord(record));
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
