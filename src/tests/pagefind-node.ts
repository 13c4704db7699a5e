/**
 * The built Pagefind index, queried from Node exactly as the browser queries it
 * (shims from ../shared/guides/pagefind-chinese.md, verified against Chromium there).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './built-site.ts';
import type { PagefindLike } from '#lib/search/engine.ts';

let loaded: Promise<PagefindLike> | undefined;

export function pagefindFromDist(): Promise<PagefindLike> {
  loaded ??= (async () => {
    const realFetch = globalThis.fetch;
    // Node's fetch does not read files; serve the index from dist/ for the site's absolute paths.
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const local = url.startsWith('file:') ? new URL(url).pathname : url.startsWith('/') ? join(DIST, url) : undefined;
      const path = local?.split('?')[0];
      if (path === undefined) return realFetch(input, init);
      return new Response(await readFile(path));
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
