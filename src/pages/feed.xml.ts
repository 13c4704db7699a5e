import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/collections.ts';
import { libraryFeed } from '#lib/site/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(libraryFeed((await getLibrary()).plans, site), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
