import type { APIRoute } from 'astro';
import { getLibrary } from '#lib/content/collections.ts';
import { shareImageSvg, svgToPng } from '#lib/site/images.ts';

export const GET: APIRoute = async () =>
  new Response(
    new Uint8Array(await svgToPng(shareImageSvg((await getLibrary()).plans.map((p) => p.measures.length)))),
    {
      headers: { 'Content-Type': 'image/png' },
    },
  );
