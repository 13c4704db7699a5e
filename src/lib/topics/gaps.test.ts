import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { coverageIndex, GAP_MEASURES_SHOWN } from './gaps.ts';

const { library, topics } = loadContent();
const gaps = coverageIndex(library, topics);

/** The plans covering a topic, recomputed from the tags directly. */
const coveringPlans = (topicId: string) =>
  new Set(topics.topic(topicId).measures.map((id) => library.measure(id).plan));

describe('coverage gaps', () => {
  it('lists for 潼南 exactly the topics another district plan covers and 潼南 does not', () => {
    const districts = library.plans.filter((p) => p.meta.level === 'district-plan' && p.slug !== 'tongnan');
    const expected = topics.topics
      .filter((t) => !coveringPlans(t.id).has('tongnan') && districts.some((d) => coveringPlans(t.id).has(d.slug)))
      .map((t) => t.id);
    const found = gaps.gapsOf('tongnan', 'level');
    expect(found.map((g) => g.topic.id)).toEqual(expected);
    expect(found.length).toBeGreaterThan(0);
    for (const gap of found) {
      for (const id of gap.measures) expect(library.plan(library.measure(id).plan).meta.level).toBe('district-plan');
      expect(gap.measures.length).toBe(Math.min(GAP_MEASURES_SHOWN, gap.measureCount));
    }
  });

  it('against all plans, lists every topic some other plan covers and the plan does not', () => {
    for (const plan of library.plans) {
      const expected = topics.topics
        .filter((t) => !coveringPlans(t.id).has(plan.slug) && coveringPlans(t.id).size > 0)
        .map((t) => t.id);
      expect(
        gaps.gapsOf(plan.slug, 'all').map((g) => g.topic.id),
        plan.slug,
      ).toEqual(expected);
    }
  });
});
