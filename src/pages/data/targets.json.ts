import type { APIRoute } from 'astro';
import { getTargets } from '#lib/content/collections.ts';
import { targetsExport } from '#lib/export/targets.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(compactStableJson(targetsExport(await getTargets(), site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
