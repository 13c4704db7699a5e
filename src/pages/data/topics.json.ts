import type { APIRoute } from 'astro';
import { getTopics } from '../../lib/load-content.ts';
import { topicsExport } from '../../lib/data-export.ts';
import { stableJson } from '../../lib/stable-json.ts';

export const GET: APIRoute = () =>
  new Response(stableJson(topicsExport(getTopics())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
