import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/collections.ts';
import { measureRecords } from '#lib/export/measures.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(measureRecords(await getLibrary(), site)) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
