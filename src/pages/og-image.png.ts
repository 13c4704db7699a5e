import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { shareImageSvg, svgToPng } from '#lib/site/images.ts';

export const GET: APIRoute = async () =>
  new Response(
    new Uint8Array(
      await svgToPng(shareImageSvg((await getBuildContext()).library.plans.map((p) => p.measures.length))),
    ),
    {
      headers: { 'Content-Type': 'image/png' },
    },
  );
