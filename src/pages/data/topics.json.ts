import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { topicsExport } from '#lib/export/topics.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async () =>
  new Response(compactStableJson(topicsExport((await getBuildContext()).topics)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
