import type { APIRoute } from 'astro';
import { getCounterparts } from '#lib/content/collections.ts';
import { counterpartsCsv } from '#lib/export/counterparts.ts';

export const GET: APIRoute = () =>
  new Response(counterpartsCsv(getCounterparts()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
