import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { planRecords } from '#lib/export/plans.ts';

export const GET: APIRoute = async ({ site }) => {
  const context = await getBuildContext();
  return new Response(JSON.stringify(planRecords(context.library, context.translations, site)) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
