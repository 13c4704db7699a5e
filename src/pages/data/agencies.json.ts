import type { APIRoute } from 'astro';
import { getAgencies } from '#lib/content/collections.ts';
import { agenciesExport } from '#lib/export/units.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async () =>
  new Response(compactStableJson(agenciesExport(await getAgencies())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
