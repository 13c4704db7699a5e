import type { APIRoute } from 'astro';
import { getTargets } from '#lib/content/load.ts';
import { targetsExport } from '#lib/export/targets.ts';
import { stableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(stableJson(targetsExport(getTargets(), site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
