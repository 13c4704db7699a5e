import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { topicsCsv, topicsExport } from '#lib/export/topics.ts';

export const GET: APIRoute = async () =>
  new Response(topicsCsv(topicsExport((await getBuildContext()).topics)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
