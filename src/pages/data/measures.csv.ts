import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/load.ts';
import { measureRecords, measuresCsv } from '#lib/export/measures.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(measuresCsv(measureRecords(getLibrary(), site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
