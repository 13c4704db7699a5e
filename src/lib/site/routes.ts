/** The static paths of plan and measure pages: routes only call these. */
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan } from '#lib/plan/model.ts';

export function planRoutes(library: Library) {
  return library.plans.map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));
}

export interface MeasureNeighbours {
  previous?: Measure;
  next?: Measure;
}

export function measureRoutes(library: Library) {
  return library.plans.flatMap((plan: Plan) =>
    plan.measures.map((measure, index) => ({
      params: { slug: plan.slug, number: measure.number },
      props: {
        plan,
        measure,
        neighbours: { previous: plan.measures[index - 1], next: plan.measures[index + 1] } satisfies MeasureNeighbours,
      },
    })),
  );
}
