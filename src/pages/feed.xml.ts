import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { libraryFeed } from '#lib/site/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(libraryFeed((await getBuildContext()).library.plans, site), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
