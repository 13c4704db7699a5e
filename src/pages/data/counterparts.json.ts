import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { counterpartsExport } from '#lib/export/counterparts.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = async () =>
  new Response(compactStableJson(counterpartsExport((await getBuildContext()).counterparts)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
