import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { faviconIco } from '#lib/site/images.ts';

// Browsers and crawlers ask for /favicon.ico whatever the page declares; it is public/favicon.svg rendered.
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await faviconIco(readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8'))), {
    headers: { 'Content-Type': 'image/x-icon' },
  });
