import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { counterpartsCsv } from '#lib/export/counterparts.ts';

export const GET: APIRoute = async () =>
  new Response(counterpartsCsv((await getBuildContext()).counterparts), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
