import type { APIRoute } from 'astro';
import { getTargets } from '../../lib/load-content.ts';
import { targetsExport } from '../../lib/data-export.ts';
import { stableJson } from '../../lib/stable-json.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(stableJson(targetsExport(getTargets(), site!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
