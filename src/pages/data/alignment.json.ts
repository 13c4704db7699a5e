import type { APIRoute } from 'astro';
import { getAlignment } from '#lib/content/collections.ts';
import { alignmentExport } from '#lib/export/alignment.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async () =>
  new Response(compactStableJson(alignmentExport(getAlignment())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
