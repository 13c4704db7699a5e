import type { APIRoute } from 'astro';
import { getTargets } from '#lib/content/load.ts';
import { targetsCsv, targetsExport } from '#lib/export/targets.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(targetsCsv(targetsExport(getTargets(), site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
