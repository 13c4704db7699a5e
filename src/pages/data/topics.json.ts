import type { APIRoute } from 'astro';
import { getTopics } from '#lib/content/load.ts';
import { topicsExport } from '#lib/export/topics.ts';
import { stableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = () =>
  new Response(stableJson(topicsExport(getTopics())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
