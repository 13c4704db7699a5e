import type { APIRoute } from 'astro';
import { getTopics } from '#lib/content/collections.ts';
import { topicsExport } from '#lib/export/topics.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async () =>
  new Response(compactStableJson(topicsExport(await getTopics())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
