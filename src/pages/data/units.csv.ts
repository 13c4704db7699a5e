import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { agenciesExport, unitsCsv } from '#lib/export/units.ts';

export const GET: APIRoute = async () =>
  new Response(unitsCsv(agenciesExport((await getBuildContext()).agencies)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
