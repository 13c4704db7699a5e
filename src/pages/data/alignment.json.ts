import type { APIRoute } from 'astro';
import { getAlignment } from '../../lib/load-content.ts';
import { alignmentExport } from '../../lib/data-export.ts';
import { stableJson } from '../../lib/stable-json.ts';

export const GET: APIRoute = () =>
  new Response(stableJson(alignmentExport(getAlignment())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
