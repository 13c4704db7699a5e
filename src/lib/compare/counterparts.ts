/**
 * Counterparts between plans. STUB: one hand-made link so the pages can be built against the data
 * shape; the real alignment replaces it.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Counterparts } from './types.ts';

/** Plans from the earliest issued to the latest (dateIssued, then slug). */
export function chronologicalPlans(library: Library): string[] {
  return library.plans
    .map((plan) => ({ slug: plan.slug, date: plan.meta.dateIssued }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug))
    .map((plan) => plan.slug);
}

export function computeCounterparts(library: Library): Counterparts {
  const from = library.measures.find((m) => m.id === 'tongnan/7');
  const to = library.measures.find((m) => m.id === 'rongchang/7');
  return {
    plans: chronologicalPlans(library),
    links:
      from && to
        ? [
            {
              from: from.id,
              to: to.id,
              kind: 'copied',
              fromShare: 1,
              toShare: 1,
              substitutions: [],
              redline: [
                { op: 'delete', text: from.substance },
                { op: 'insert', text: to.substance },
              ],
              units: { leadAdded: [], leadRemoved: [], responsibleAdded: [], responsibleRemoved: [] },
              strength: [],
            },
          ]
        : [],
  };
}
