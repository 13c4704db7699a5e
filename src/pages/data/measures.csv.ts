import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/collections.ts';
import { measureRecords, measuresCsv } from '#lib/export/data-export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(measuresCsv(measureRecords(await getLibrary(), site!)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
