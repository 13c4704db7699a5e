import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { targetsCsv, targetsExport } from '#lib/export/targets.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(targetsCsv(targetsExport((await getBuildContext()).targets, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
