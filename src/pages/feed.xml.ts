import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/load.ts';
import { libraryFeed } from '#lib/site/feed.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(libraryFeed(getLibrary().plans, site), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
