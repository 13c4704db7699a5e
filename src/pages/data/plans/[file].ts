/** /data/plans/<slug>.json (the plan's record) and .ris, .bib, .csl.json (its citation). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { sharedExportContext, planDocument } from '#lib/export/records.ts';
import { CITATION_FORMATS, CITATION_MEDIA_TYPES, citationFile } from '#lib/site/citation.ts';
import type { Plan } from '#lib/plan/model.ts';

export const getStaticPaths = (async () =>
  (await getBuildContext()).library.plans.flatMap((plan) =>
    (['json', ...CITATION_FORMATS] as const).map((format) => ({
      params: { file: `${plan.slug}.${format}` },
      props: { plan, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { plan, format } = props as { plan: Plan; format: 'json' | (typeof CITATION_FORMATS)[number] };
  // The indexes are computed once per build, not per file.
  const context = sharedExportContext(
    (await getBuildContext()).topics,
    (await getBuildContext()).targets,
    (await getBuildContext()).periods,
    (await getBuildContext()).translations,
    site,
  );
  const document = planDocument(context, plan);
  if (format === 'json')
    return new Response(JSON.stringify(document) + '\n', {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  return new Response(citationFile(document.citation, format), {
    headers: { 'Content-Type': `${CITATION_MEDIA_TYPES[format]}; charset=utf-8` },
  });
};
