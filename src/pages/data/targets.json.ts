import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { targetsExport } from '#lib/export/targets.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(compactStableJson(targetsExport((await getBuildContext()).targets, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
