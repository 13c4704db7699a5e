import type { APIRoute } from 'astro';
import { getTargets } from '#lib/content/collections.ts';
import { targetsCsv, targetsExport } from '#lib/export/targets.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(targetsCsv(targetsExport(await getTargets(), site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
