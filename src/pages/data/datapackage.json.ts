import type { APIRoute } from 'astro';
import { getLibrary, getPeriods } from '#lib/content/collections.ts';
import { dataPackage } from '#lib/export/datapackage.ts';
import packageJson from '../../../package.json' with { type: 'json' };

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(
      dataPackage({
        version: packageJson.version,
        asOf: (await getPeriods()).asOf,
        plans: (await getLibrary()).plans.map((p) => ({
          title: p.meta.title,
          issuers: p.meta.issuers,
          dateIssued: p.meta.dateIssued,
        })),
        site,
      }),
      null,
      2,
    ) + '\n',
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
