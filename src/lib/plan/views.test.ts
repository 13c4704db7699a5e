/** The plan and measure pages' view models on the real content, with a hand-made counterpart index. */
import { describe, expect, it } from 'vitest';
import { measurePath, planPath, topicPath } from '#lib/site/paths.ts';
import { measureRoutes, planRoutes } from '#lib/site/routes.ts';
import { GAP_MEASURES_SHOWN } from '#lib/topics/gaps.ts';
import { measurePage, planPage } from './views.ts';
import { pageViewContexts } from '#tests/fixtures/page-view-contexts.ts';

const { content, planCtx, measureCtx } = pageViewContexts();
const { library, topics } = content;
const plans = library.plans.map((p) => p.slug);

describe('the plan page', () => {
  // The first citation formats load citeproc's styles: allow for it.
  it('states each plan’s measure count, links each measure to its own page and each basis in the library', () => {
    for (const { props } of planRoutes(library)) {
      const page = planPage(planCtx, props, undefined);
      expect(page.facts.measures.value).toContain(String(props.plan.measures.length));
      for (const m of props.plan.measures) expect(page.ownPage(m).href).toBe(measurePath(m));
      const basis = page.facts.basis?.items ?? [];
      expect(basis.filter((b) => b.href !== null).map((b) => b.href)).toEqual(
        props.plan.meta.basis.filter((b) => b.plan).map((b) => planPath(b.plan!)),
      );
      expect(basis.filter((b) => b.uncollected !== null)).toHaveLength(
        props.plan.meta.basis.filter((b) => !b.plan).length,
      );
    }
  }, 20_000);

  it('shows the excerpt notice exactly for excerpts', () => {
    for (const { props } of planRoutes(library)) {
      const page = planPage(planCtx, props, undefined);
      const excerpt = props.plan.meta.completeness.status === 'excerpt';
      expect(page.notices.some((n) => n.strong !== null)).toBe(excerpt);
    }
  });
});

describe('the coverage gaps on the plan page', () => {
  // Computed from the editorial topics: a topic is a gap of a plan when none of its measures carries it.
  const covers = (slug: string, topicMeasures: string[]) =>
    topicMeasures.some((id) => library.measure(id).plan === slug);

  it('lists exactly the topics other plans cover and this plan does not, each with links to covering measures', () => {
    for (const { props } of planRoutes(library)) {
      const { plan } = props;
      const gaps = planPage(planCtx, props, undefined).gaps;
      const [level, all] = gaps.lists;
      const expectedAll = topics.topics.filter(
        (t) => !covers(plan.slug, t.measures) && t.measures.some((id) => library.measure(id).plan !== plan.slug),
      );
      expect(all!.items.map((i) => i.topic.href)).toEqual(expectedAll.map((t) => topicPath(t.id)));
      const peers = library.plans.filter((p) => p.slug !== plan.slug && p.meta.level === plan.meta.level);
      const expectedLevel = topics.topics.filter(
        (t) => !covers(plan.slug, t.measures) && peers.some((p) => covers(p.slug, t.measures)),
      );
      expect(level!.items.map((i) => i.topic.href)).toEqual(expectedLevel.map((t) => topicPath(t.id)));
      for (const [i, item] of all!.items.entries()) {
        const topic = expectedAll[i]!;
        expect(item.measures.length).toBe(Math.min(topic.measures.length, GAP_MEASURES_SHOWN));
        for (const m of item.measures)
          expect(topic.measures.map((id) => measurePath(library.measure(id)))).toContain(m.href);
        // More covering measures than shown: the count says how many.
        expect(item.count !== null).toBe(topic.measures.length > GAP_MEASURES_SHOWN);
        if (item.count) expect(item.count).toContain(String(topic.measures.length));
      }
    }
  });

  it('says an excerpt’s gaps may be due to its missing text, and only for excerpts', () => {
    for (const { props } of planRoutes(library)) {
      const gaps = planPage(planCtx, props, undefined).gaps;
      expect(gaps.excerpt !== null).toBe(props.plan.meta.completeness.status === 'excerpt');
    }
  });
});

describe('the measure page', () => {
  const routes = measureRoutes(library);
  const ctx = measureCtx;

  it('links the previous and next measure, and says so at either end of the plan', () => {
    for (const { props } of routes.filter((r) => r.props.plan.slug === plans[0])) {
      const { pager } = measurePage(ctx, props, undefined);
      expect(pager.previous?.href ?? null).toBe(
        props.neighbours.previous ? measurePath(props.neighbours.previous) : null,
      );
      expect(pager.next?.href ?? null).toBe(props.neighbours.next ? measurePath(props.neighbours.next) : null);
    }
  });

  it('lists every unit as printed, and says when the text names none', () => {
    for (const { props } of routes) {
      const { units } = measurePage(ctx, props, undefined);
      if (props.measure.units === null) expect(units.lists).toBeNull();
      else
        expect(units.lists!.flatMap((l) => l.units.map((u) => u.name))).toEqual(
          props.measure.units.lists.flatMap((l) => l.units),
        );
    }
  });
});
