/** /data/measures/<slug>/<number>.json (the measure's record) and .ris, .bib, .csl.json (its citation). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBuildContext } from '#lib/build/context.ts';
import { hasPairPage } from '#lib/compare/views.ts';
import { sharedExportContext, measureDocument } from '#lib/export/records.ts';
import { CITATION_FORMATS, CITATION_MEDIA_TYPES, citationFile } from '#lib/site/citation.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';

export const getStaticPaths = (async () =>
  (await getBuildContext()).library.plans.flatMap((plan) =>
    plan.measures.flatMap((measure) =>
      (['json', ...CITATION_FORMATS] as const).map((format) => ({
        params: { slug: plan.slug, file: `${measure.number}.${format}` },
        props: { plan, measure, format },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { plan, measure, format } = props as {
    plan: Plan;
    measure: Measure;
    format: 'json' | (typeof CITATION_FORMATS)[number];
  };
  // The indexes are computed once per build, not per file.
  const context = sharedExportContext(
    (await getBuildContext()).topics,
    (await getBuildContext()).targets,
    (await getBuildContext()).periods,
    (await getBuildContext()).translations,
    site,
  );
  const counterparts = (await getBuildContext()).counterpartIndex;
  const document = measureDocument(context, plan, measure, {
    links: counterparts.byMeasure.get(measure.id) ?? [],
    chronological: counterparts.plans,
    hasComparePage: (otherPlan) => hasPairPage(counterparts, plan.slug, otherPlan),
  });
  if (format === 'json')
    return new Response(JSON.stringify(document) + '\n', {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  return new Response(citationFile(document.citation, format), {
    headers: { 'Content-Type': `${CITATION_MEDIA_TYPES[format]}; charset=utf-8` },
  });
};
