import type { APIRoute } from 'astro';
import { getAgencies } from '#lib/content/load.ts';
import { agenciesExport, unitsCsv } from '#lib/export/units.ts';

export const GET: APIRoute = () =>
  new Response(unitsCsv(agenciesExport(getAgencies())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
