/**
 * Plans and measures by slug and id, indexed once per library: pages look them up by the
 * thousand, and a scan of the library per lookup would make every page cost more as it grows.
 */
import type { Library } from './library.ts';
import type { Measure, Plan } from './model.ts';

const indexes = new WeakMap<Library, { plans: Map<string, Plan>; measures: Map<string, Measure> }>();

function indexOf(library: Library) {
  let index = indexes.get(library);
  if (!index) {
    index = {
      plans: new Map(library.plans.map((p) => [p.slug, p])),
      measures: new Map(library.measures.map((m) => [m.id, m])),
    };
    indexes.set(library, index);
  }
  return index;
}

export function planBySlug(library: Library, slug: string): Plan | undefined {
  return indexOf(library).plans.get(slug);
}

export function measureById(library: Library, id: string): Measure | undefined {
  return indexOf(library).measures.get(id);
}
