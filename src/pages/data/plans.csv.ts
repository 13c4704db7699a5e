import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/load.ts';
import { planRecords, plansCsv } from '#lib/export/plans.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(plansCsv(planRecords(getLibrary(), site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
