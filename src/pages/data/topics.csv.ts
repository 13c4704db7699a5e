import type { APIRoute } from 'astro';
import { getTopics } from '#lib/content/collections.ts';
import { topicsCsv, topicsExport } from '#lib/export/topics.ts';

export const GET: APIRoute = async () =>
  new Response(topicsCsv(topicsExport(await getTopics())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
