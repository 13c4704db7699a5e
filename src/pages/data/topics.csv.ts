import type { APIRoute } from 'astro';
import { getTopics } from '#lib/content/load.ts';
import { topicsCsv, topicsExport } from '#lib/export/topics.ts';

export const GET: APIRoute = () =>
  new Response(topicsCsv(topicsExport(getTopics())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
