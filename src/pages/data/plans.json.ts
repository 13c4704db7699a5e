import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { planRecords } from '#lib/export/plans.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(planRecords((await getBuildContext()).library, site)) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
