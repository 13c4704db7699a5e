import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { planRecords, plansCsv } from '#lib/export/plans.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(plansCsv(planRecords((await getBuildContext()).library, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
