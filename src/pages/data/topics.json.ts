import type { APIRoute } from 'astro';
import { getTopics } from '#lib/content/collections.ts';
import { topicsExport } from '#lib/export/data-export.ts';
import { stableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async () =>
  new Response(stableJson(topicsExport(await getTopics())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
