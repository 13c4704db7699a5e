import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { alignmentExport } from '#lib/export/alignment.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async () =>
  new Response(compactStableJson(alignmentExport((await getBuildContext()).alignment)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
