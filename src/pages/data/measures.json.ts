import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { measureRecords } from '#lib/export/measures.ts';

export const GET: APIRoute = async ({ site }) => {
  const context = await getBuildContext();
  return new Response(JSON.stringify(measureRecords(context.library, context.translations, site)) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
