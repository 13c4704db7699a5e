import type { APIRoute } from 'astro';
import { getAgencies } from '#lib/content/collections.ts';
import { agenciesExport, unitsCsv } from '#lib/export/units.ts';

export const GET: APIRoute = async () =>
  new Response(unitsCsv(agenciesExport(await getAgencies())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
