import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { measureRecords, measuresCsv } from '#lib/export/measures.ts';

export const GET: APIRoute = async ({ site }) => {
  const context = await getBuildContext();
  return new Response(measuresCsv(measureRecords(context.library, context.translations, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
