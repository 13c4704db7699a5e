/**
 * What /glossary/ and /en/glossary/ show: each term of content/glossary.yaml with its Chinese, the
 * English the translation uses, the accepted variants, the note, and the measures whose printed
 * text contains the Chinese term (counted, the first few linked, the rest through a search).
 */
import type { BuildContext } from '#lib/build/context.ts';
import type { Measure } from '#lib/plan/model.ts';
import { wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { glossaryAnchor, measurePath, pagePath } from '#lib/site/paths.ts';
import { planNames } from './translation.ts';
import { langPieces } from './edition-text.ts';
import { measureDesignationIn } from '#lib/plan/labels.ts';
import type { Glossary, GlossaryTerm } from './glossary.ts';

/** Measures linked under each term; the rest are reached through the search link. */
export const GLOSSARY_MEASURES_LINKED = 3;

/**
 * Term → the measures whose printed text contains it, in library order. One pass over the
 * measures, each checked against every term: linear in the corpus for a given glossary.
 */
export function measuresByTerm(measures: readonly Measure[], glossary: Glossary): Map<GlossaryTerm, Measure[]> {
  const found = new Map<GlossaryTerm, Measure[]>(glossary.terms.map((term) => [term, []]));
  for (const measure of measures)
    for (const term of glossary.terms) if (measure.text.includes(term.zh)) found.get(term)!.push(measure);
  return found;
}

export function glossaryPage(
  ctx: Pick<BuildContext, 'library' | 'glossary' | 'translations'>,
  locale: Locale = 'zh-CN',
) {
  const say = wordsOf(locale);
  const { library, glossary } = ctx;
  const byTerm = measuresByTerm(library.measures, glossary);
  const searchPath = pagePath('search', locale);
  return {
    title: say('glossary.title'),
    description: say('glossary.description'),
    lead: say('glossary.lead', { count: glossary.terms.length }),
    editorial: { tag: say('glossary.tag'), text: say('glossary.editorial') },
    labels: {
      zh: say('glossary.term.zh'),
      en: say('glossary.term.en'),
      variants: say('glossary.term.variants'),
      note: say('glossary.term.note'),
      measures: say('glossary.term.measures'),
    },
    separator: say('list.separator'),
    terms: glossary.terms.map((term) => {
      const measures = byTerm.get(term)!;
      return {
        anchor: glossaryAnchor(term.en),
        zh: term.zh,
        en: term.en,
        variants: term.variants ?? [],
        /** The note is English; Chinese words inside it are marked for the template. */
        note: term.note ? langPieces(term.note) : null,
        count: measures.length,
        countText:
          measures.length === 0 ? say('glossary.term.none') : say('glossary.term.count', { count: measures.length }),
        measures: measures.slice(0, GLOSSARY_MEASURES_LINKED).map((m) => {
          const plan = library.plan(m.plan);
          return {
            href: measurePath(m, locale),
            label: say('glossary.term.measure', {
              plan: planNames(ctx.translations, plan, locale).shortName,
              designation: measureDesignationIn(plan, m, locale),
            }),
          };
        }),
        // A phrase query (quotes) finds exactly the measures containing the term, the same set as counted.
        search:
          measures.length > GLOSSARY_MEASURES_LINKED
            ? { href: `${searchPath}?q=${encodeURIComponent(`"${term.zh}"`)}`, label: say('glossary.term.search') }
            : null,
      };
    }),
  };
}
