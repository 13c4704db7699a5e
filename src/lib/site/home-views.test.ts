/** The home, not-found and about pages' view models, and the page frame, on the real content. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import type { Alignment } from '#lib/alignment/alignment.ts';
import { aboutPage, homePage, ISSUERS_NAMED, notFoundPage } from './home-views.ts';
import { layoutView } from './views.ts';
import { PAGES, planPath } from './paths.ts';

const { library, periods, topics, agencies, translations, summaries } = loadContent();
const text = (pieces: readonly (string | { text: string })[]) =>
  pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('');

describe('the home page', () => {
  const page = homePage({ library, periods, agencies, translations, summaries });

  it('has a card per plan linking its page, counting its measures, naming at most two issuers', () => {
    expect(page.cards!.map((c) => c.href)).toEqual(library.plans.map((p) => planPath(p.slug)));
    page.cards!.forEach((card, i) => {
      const plan = library.plans[i]!;
      expect(card.facts.some((f) => text(f.value).includes(String(plan.measures.length)))).toBe(true);
      const issuers = text(card.facts[1]!.value);
      const named = plan.meta.issuers.filter((name) => issuers.includes(name));
      expect(named.length).toBe(Math.min(plan.meta.issuers.length, ISSUERS_NAMED));
    });
    expect(page.plansHeading).toContain(String(library.measures.length));
  });
});

describe('the not-found page', () => {
  it('lists every plan and searches the search page', () => {
    const page = notFoundPage({ library });
    expect(page.plans.map((p) => p.href)).toEqual(library.plans.map((p) => planPath(p.slug)));
    expect(page.search.action).toBe(PAGES.search);
  });
});

describe('the about page’s data', () => {
  it('has a source row per plan and counts the topics', () => {
    const alignment = { parameters: { ngramSizes: [2, 3] } } as unknown as Alignment;
    const page = aboutPage({ library, topics, alignment });
    expect(page.sources.rows.map((r) => r.source.label)).toEqual(library.plans.map((p) => p.meta.source));
    expect(page.topics).toBe(topics.topics.length);
  });
});

describe('the page frame', () => {
  it('marks the current page, and the plans section on a plan page', () => {
    expect(layoutView(PAGES.topics).header.links.find((l) => l.href === PAGES.topics)!.current).toBe('page');
    const onPlan = layoutView(planPath(library.plans[0]!.slug)).header.links;
    expect(onPlan.find((l) => l.href === PAGES.home)!.current).toBe('true');
    expect(onPlan.filter((l) => l.current !== undefined)).toHaveLength(1);
    expect(layoutView(PAGES.search).header.search).toBeNull();
  });
});

describe('the English home page', () => {
  const english = homePage({ library, periods, agencies, translations, summaries }, 'en');
  const chinese = homePage({ library, periods, agencies, translations, summaries });

  it('names each plan in English and links its English page', () => {
    expect(english.cards!.map((c) => c.title)).toEqual(
      library.plans.map((p) => translations.bySlug.get(p.slug)!.title),
    );
    expect(english.cards!.map((c) => c.href)).toEqual(library.plans.map((p) => planPath(p.slug, 'en')));
  });

  it('shows the first sentence of each summary in the page’s language, with a link to the whole summary', () => {
    english.cards!.forEach((card, i) => {
      const plan = library.plans[i]!;
      const sentences = summaries.bySlug.get(plan.slug)!;
      expect(card.summary!.sentences.map((s) => s.text)).toEqual([sentences[0]!.en]);
      expect(chinese.cards![i]!.summary!.sentences.map((s) => s.text)).toEqual([sentences[0]!.zh]);
      expect(card.summary!.more!.href).toBe(`${planPath(plan.slug, 'en')}#summary`);
    });
  });

  it('marks every Chinese name on a card as Chinese', () => {
    for (const card of english.cards!)
      for (const fact of card.facts)
        for (const piece of fact.value)
          if (typeof piece === 'string') expect(piece, fact.term).not.toMatch(/\p{Script=Han}/u);
  });
});
