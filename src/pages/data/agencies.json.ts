import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { agenciesExport } from '#lib/export/units.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async () =>
  new Response(compactStableJson(agenciesExport((await getBuildContext()).agencies)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
