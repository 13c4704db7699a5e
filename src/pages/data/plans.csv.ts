import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { planRecords, plansCsv } from '#lib/export/plans.ts';

export const GET: APIRoute = async ({ site }) => {
  const context = await getBuildContext();
  return new Response(plansCsv(planRecords(context.library, context.translations, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
