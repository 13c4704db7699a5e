/**
 * Builds the search index of the built site (npm run build runs it after Astro). Every record is
 * added through Pagefind's Node API from the library, so the index holds the plans' printed words
 * and nothing else: each measure (opening its page) and each section of plan text outside
 * measures (opening at its anchor on the plan page). Everything is indexed as Chinese (zh-CN).
 * Then the precision step's text files (one per record, and shards) are written beside Pagefind's
 * files (src/lib/search/shards.ts).
 */
import * as pagefind from 'pagefind';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { loadLibrary, loadTopics } from '#lib/content/load.ts';
import { searchRecords } from '#lib/search/records.ts';
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

const SITE = join(process.cwd(), 'dist');
const LANGUAGE = 'zh-CN';
const FRAGMENT_PREFIX = 'pagefind_dcd';

async function main(): Promise<number> {
  const library = loadLibrary();
  const records = searchRecords(library, loadTopics(library));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const meta: Record<string, string> = Object.fromEntries(
      Object.entries(record.meta).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const added = await index.addCustomRecord({ ...record, meta, language: LANGUAGE });
    if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(SITE, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();

  // Pagefind names each fragment by its hash, which is also the result id the browser sees.
  const fragmentDir = join(SITE, 'pagefind', 'fragment');
  const idByUrl = new Map<string, string>();
  for (const file of readdirSync(fragmentDir)) {
    const bytes = readFileSync(join(fragmentDir, file));
    const json = gunzipSync(bytes).toString('utf8').slice(FRAGMENT_PREFIX.length);
    idByUrl.set((JSON.parse(json) as { url: string }).url, file.replace(/\.pf_fragment$/, ''));
  }
  if (idByUrl.size !== records.length) {
    console.error(`index-search: Pagefind wrote ${idByUrl.size} fragments for ${records.length} records`);
    return 1;
  }
  const shardRecords: ShardRecord[] = records.map((r) => ({
    id: idByUrl.get(r.url)!,
    url: r.url,
    content: r.content,
    meta: { ...r.meta },
    filters: r.filters,
  }));
  const bits = shardBits(shardRecords.length);
  const shardDir = join(SITE, SHARD_DIR);
  mkdirSync(join(shardDir, recordFile('x'), '..'), { recursive: true });
  const write = (name: string, data: unknown) => {
    const file = join(shardDir, name);
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
  console.error(
    `index-search: ${library.measures.length} measures and ${records.length - library.measures.length} plan-text sections indexed into dist/pagefind; ${2 ** bits} text shards (${manifest.shardBytes} B each on average; one record ${manifest.recordBytes} B)`,
  );
  return 0;
}

process.exitCode = await main();
