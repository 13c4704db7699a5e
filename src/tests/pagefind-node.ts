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
import { RecordLoader, recordOrder, SEARCH_BUNDLES } from '#lib/search/shards.ts';
import type { Locale } from '#lib/i18n/catalogue.ts';

const loaded = new Map<Locale, Promise<PagefindLike>>();

/** Reads a site path (/pagefind/…) from dist/. */
async function readSiteFile(path: string): Promise<Response> {
  return new Response(await readFile(join(DIST, path.split('?')[0]!)));
}

/** The Pagefind of one edition's bundle (shards.ts SEARCH_BUNDLES): the Chinese by default. */
export function pagefindFromDist(edition: Locale = 'zh-CN'): Promise<PagefindLike> {
  const known = loaded.get(edition);
  if (known) return known;
  const bundle = SEARCH_BUNDLES[edition];
  const start = async () => {
    const realFetch = globalThis.fetch;
    // Node's fetch does not read files; serve the index from dist/ for the site's absolute paths.
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const local = url.startsWith('file:') ? new URL(url).pathname : url.startsWith('/') ? url : undefined;
      if (local === undefined) return realFetch(input, init);
      return url.startsWith('file:') ? new Response(await readFile(local.split('?')[0]!)) : readSiteFile(local);
    }) as typeof fetch;
    // Pagefind takes its language from <html lang> when it starts (without zh-CN it skips Chinese
    // segmentation), as the search pages do.
    (globalThis as { document?: unknown }).document = {
      currentScript: null,
      querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => bundle.language } : null),
    };
    const pagefind = await import(pathToFileURL(join(DIST, bundle.pagefind, 'pagefind.js')).href);
    await pagefind.options({ basePath: bundle.pagefind, baseUrl: '/' });
    await pagefind.init();
    return pagefind as PagefindLike;
  };
  // One edition starts at a time: the document's lang is read when each starts.
  const previous = [...loaded.values()].at(-1);
  const next = (previous ?? Promise.resolve()).then(start, start);
  loaded.set(edition, next);
  return next;
}

/** Pagefind's result ids in record order, as the search page lists them (shards.ts recordOrder). */
export async function recordOrderFromDist(edition: Locale = 'zh-CN'): Promise<string[]> {
  return recordOrder(await pagefindFromDist(edition));
}

/** A record loader over dist/, as the search page has one (a fresh one has fetched nothing yet). */
export function recordLoaderFromDist(edition: Locale = 'zh-CN'): RecordLoader {
  return new RecordLoader(readSiteFile, () => recordOrderFromDist(edition), SEARCH_BUNDLES[edition].shards);
}
