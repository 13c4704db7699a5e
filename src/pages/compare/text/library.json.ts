import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { compareTextLibrary } from '#lib/intake/views.ts';

export const GET: APIRoute = async () =>
  new Response(compareTextLibrary(await getBuildContext()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
