import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/load.ts';
import { planRecords } from '#lib/export/plans.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(planRecords(getLibrary(), site), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
