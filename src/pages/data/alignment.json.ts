import type { APIRoute } from 'astro';
import { getAlignment } from '#lib/content/load.ts';
import { alignmentExport } from '#lib/export/alignment.ts';
import { stableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = () =>
  new Response(stableJson(alignmentExport(getAlignment())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
