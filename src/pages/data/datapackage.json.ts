import type { APIRoute } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { dataPackage } from '#lib/export/datapackage.ts';
import packageJson from '../../../package.json' with { type: 'json' };

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(
      dataPackage({
        version: packageJson.version,
        asOf: (await getBuildContext()).periods.asOf,
        plans: (await getBuildContext()).library.plans.map((p) => ({
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
