/**
 * Builds the Pagefind index of the built site (npm run build runs it after Astro): every measure
 * page as one result, and the plan text outside measures as one result per section, opening at
 * its anchor on the plan page. Everything is indexed as Chinese (zh-CN).
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { loadLibrary } from '#lib/content/load.ts';
import { planTextRecords } from '#lib/search/records.ts';

const SITE = join(process.cwd(), 'dist');
const LANGUAGE = 'zh-CN';

async function main(): Promise<number> {
  const library = loadLibrary();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const pages = await index.addDirectory({ path: SITE, glob: 'plans/*/*/index.html' });
  if (pages.errors.length > 0) throw new Error(`pagefind: ${pages.errors.join('; ')}`);
  const records = planTextRecords(library);
  for (const record of records) {
    const added = await index.addCustomRecord({ ...record, meta: { ...record.meta }, language: LANGUAGE });
    if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(SITE, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  if (pages.page_count !== library.measures.length) {
    console.error(`index-search: indexed ${pages.page_count} measure pages, expected ${library.measures.length}`);
    return 1;
  }
  console.error(
    `index-search: ${pages.page_count} measure pages and ${records.length} plan-text sections indexed into dist/pagefind`,
  );
  return 0;
}

process.exitCode = await main();
