/**
 * The built Pagefind index, queried from Node exactly as the browser queries it
 * (shims from ../shared/guides/pagefind-chinese.md, verified against Chromium there), with the
 * precision step's text shards read from dist/ as the search page reads them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './built-site.ts';
import type { PagefindLike } from '#lib/search/engine.ts';
import { RecordLoader, recordOrder } from '#lib/search/shards.ts';

let loaded: Promise<PagefindLike> | undefined;

/** Reads a site path (/pagefind/…) from dist/. */
async function readSiteFile(path: string): Promise<Response> {
  return new Response(await readFile(join(DIST, path.split('?')[0]!)));
}

export function pagefindFromDist(): Promise<PagefindLike> {
  loaded ??= (async () => {
    const realFetch = globalThis.fetch;
    // Node's fetch does not read files; serve the index from dist/ for the site's absolute paths.
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const local = url.startsWith('file:') ? new URL(url).pathname : url.startsWith('/') ? url : undefined;
      if (local === undefined) return realFetch(input, init);
      return url.startsWith('file:') ? new Response(await readFile(local.split('?')[0]!)) : readSiteFile(local);
    }) as typeof fetch;
    // Without a document whose <html lang> is zh-CN the bundle skips Chinese segmentation.
    (globalThis as { document?: unknown }).document = {
      currentScript: null,
      querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => 'zh-CN' } : null),
    };
    const pagefind = await import(pathToFileURL(join(DIST, 'pagefind', 'pagefind.js')).href);
    await pagefind.options({ basePath: '/pagefind/', baseUrl: '/' });
    await pagefind.init();
    return pagefind as PagefindLike;
  })();
  return loaded;
}

/** Pagefind's result ids in record order, as the search page lists them (shards.ts recordOrder). */
export async function recordOrderFromDist(): Promise<string[]> {
  return recordOrder(await pagefindFromDist());
}

/** A record loader over dist/, as the search page has one (a fresh one has fetched nothing yet). */
export function recordLoaderFromDist(): RecordLoader {
  return new RecordLoader(readSiteFile, recordOrderFromDist);
}
