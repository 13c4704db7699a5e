import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { measureRecords } from '#lib/export/measures.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(measureRecords((await getBuildContext()).library, site)) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
