import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { measureRecords, measuresCsv } from '#lib/export/measures.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(measuresCsv(measureRecords((await getBuildContext()).library, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
