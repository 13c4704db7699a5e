import type { APIRoute } from 'astro';
import { getCounterparts } from '#lib/content/collections.ts';
import { counterpartsExport } from '#lib/export/counterparts.ts';
import { compactStableJson } from '#lib/content/stable-json.ts';

export const GET: APIRoute = () =>
  new Response(compactStableJson(counterpartsExport(getCounterparts())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
