import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/collections.ts';
import { planRecords, plansCsv } from '#lib/export/plans.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(plansCsv(planRecords(await getLibrary(), site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
