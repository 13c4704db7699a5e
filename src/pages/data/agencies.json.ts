import type { APIRoute } from 'astro';
import { getAgencies } from '#lib/content/collections.ts';
import { agenciesExport } from '#lib/export/data-export.ts';
import { stableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async () =>
  new Response(stableJson(agenciesExport(await getAgencies())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
