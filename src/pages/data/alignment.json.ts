import type { APIRoute } from 'astro';
import { getAlignment } from '#lib/content/collections.ts';
import { alignmentExport } from '#lib/export/data-export.ts';
import { stableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = () =>
  new Response(stableJson(alignmentExport(getAlignment())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
