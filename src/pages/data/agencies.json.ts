import type { APIRoute } from 'astro';
import { getAgencies } from '#lib/content/load.ts';
import { agenciesExport } from '#lib/export/units.ts';
import { stableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = () =>
  new Response(stableJson(agenciesExport(getAgencies())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
