/** The received source texts, published byte for byte so a reader can check every word of the site against them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, readSource } from '#lib/build/collections.ts';

export const getStaticPaths = (async () =>
  (await getLibrary()).plans.map((plan) => ({ params: { file: plan.meta.source } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(readSource(params.file!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
