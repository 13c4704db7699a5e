import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/load.ts';
import { measureRecords } from '#lib/export/measures.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(measureRecords(getLibrary(), site), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
