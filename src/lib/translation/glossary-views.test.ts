import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { glossaryAnchor } from '#lib/site/paths.ts';
import { GLOSSARY_MEASURES_LINKED, glossaryPage } from './glossary-views.ts';
import { hrefsOf, unmarkedHan } from '#tests/fixtures/english-view.ts';

const { library, glossary, translations } = loadContent();
const ctx = { library, glossary, translations };
const zh = glossaryPage(ctx);
const en = glossaryPage(ctx, 'en');

describe('the glossary page', () => {
  it('has one entry per term of content/glossary.yaml, anchored by the term’s English, in both editions', () => {
    for (const page of [zh, en]) {
      expect(page.terms.map((t) => t.zh)).toEqual(glossary.terms.map((t) => t.zh));
      expect(page.terms.map((t) => t.anchor)).toEqual(glossary.terms.map((t) => glossaryAnchor(t.en)));
    }
    expect(new Set(en.terms.map((t) => t.anchor)).size).toBe(en.terms.length);
  });

  it('counts the measures whose printed text contains the term, and links the first of them', () => {
    for (const [i, term] of glossary.terms.entries()) {
      const containing = library.measures.filter((m) => m.text.includes(term.zh));
      const entry = en.terms[i]!;
      expect(entry.count, term.zh).toBe(containing.length);
      expect(entry.measures.map((m) => m.href)).toEqual(
        containing.slice(0, GLOSSARY_MEASURES_LINKED).map((m) => `/en/plans/${m.plan}/${m.number}/`),
      );
      expect(entry.search !== null).toBe(containing.length > GLOSSARY_MEASURES_LINKED);
    }
    // Some term is in more measures than are linked, so the search link is exercised.
    expect(en.terms.some((t) => t.search)).toBe(true);
  });

  it('searches for the term as a phrase in the edition’s search page', () => {
    const term = en.terms.find((t) => t.search)!;
    expect(term.search!.href).toBe(`/en/search/?q=${encodeURIComponent(`"${term.zh}"`)}`);
    expect(zh.terms.find((t) => t.zh === term.zh)!.search!.href.startsWith('/search/?q=')).toBe(true);
  });

  it('links English pages to English pages and Chinese pages to Chinese ones', () => {
    expect(hrefsOf(en).every((href) => href.startsWith('/en/'))).toBe(true);
    expect(hrefsOf(zh).some((href) => href.startsWith('/en/'))).toBe(false);
  });

  it('shows Chinese on the English page only in the term itself and in marked runs of the notes', () => {
    expect(unmarkedHan(en, ['zh'])).toEqual([]);
    // A note that names a Chinese word keeps it, marked.
    const noted = en.terms.filter((t) => t.note?.some((p) => p.zh));
    for (const term of noted)
      expect(term.note!.filter((p) => p.zh).every((p) => /\p{Script=Han}/u.test(p.text))).toBe(true);
  });

  it('is marked editorial and names the measures in the edition’s words', () => {
    expect(en.editorial.text).toMatch(/not official/);
    const linked = en.terms.find((t) => t.measures.length > 0)!;
    expect(linked.measures[0]!.label).toMatch(/^[A-Z].* Measure \d+(\.\d+)*$/);
  });
});
