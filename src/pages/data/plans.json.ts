import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/collections.ts';
import { planRecords } from '#lib/export/plans.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(planRecords(await getLibrary(), site)) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
