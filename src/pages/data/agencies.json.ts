import type { APIRoute } from 'astro';
import { getAgencies } from '../../lib/load-content.ts';
import { agenciesExport } from '../../lib/data-export.ts';
import { stableJson } from '../../lib/stable-json.ts';

export const GET: APIRoute = () =>
  new Response(stableJson(agenciesExport(getAgencies())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
