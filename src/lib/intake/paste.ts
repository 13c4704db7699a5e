/**
 * "Compare your text" in the browser (/compare/text/): what the page's library file holds, how the
 * worker rebuilds the inputs of the comparison core from it, and the rows the page shows and
 * downloads — the same rows as `npm run compare-text -- <file> --json`. Pure and browser-safe.
 */
import { libraryOf } from '#lib/plan/library.ts';
import type { Plan } from '#lib/plan/types.ts';
import { comparableSource } from '#lib/plan/source-text.ts';
import { measurePath, topicPath } from '#lib/site/paths.ts';
import type { Locale } from '#lib/i18n/catalogue.ts';
import { ContentProblems } from '#lib/content/errors.ts';
import { buildStrengthScale } from '#lib/compare/strength.ts';
import { buildTargets } from '#lib/targets/targets.ts';
import { draftPlan, withPlaceholders } from './draft.ts';
import { piecesOf } from './clauses.ts';
import { compareText, type TextComparison } from './compare.ts';
import { libraryTopics, untouchedTopics, type LibraryTopic } from './text-summary.ts';

/** What the paste page fetches (library.json): the plans' measures and the editorial files the core reads as text. */
export interface PasteLibrary {
  /** Each plan without its document blocks (the comparison reads the measures and the frontmatter only). */
  plans: Plan[];
  /** A digest of each plan's received source, as compared: a pasted source is compared with the other plans. */
  sources: Record<string, string>;
  yaml: { agencies: string; nameEquivalents: string; strengthScale: string; targets: string };
  /** The taxonomy's topics, in order, with the ids of the measures tagged with each: which topics the text leaves untouched. */
  topics: LibraryTopic[];
  /** Each plan's English short name (content/translations/en/), for the English edition of the page. */
  namesEn: Record<string, string>;
}

/** FNV-1a, 32 bits: enough to know a pasted text is a library plan's own source without shipping the sources. */
export function sourceDigest(text: string): string {
  let hash = 0x811c9dc5;
  const comparable = comparableSource(text);
  for (let i = 0; i < comparable.length; i++) {
    hash ^= comparable.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function pasteLibrary(
  plans: readonly Plan[],
  sources: Readonly<Record<string, string>>,
  yaml: PasteLibrary['yaml'],
  topics: Parameters<typeof libraryTopics>[0],
  namesEn: Readonly<Record<string, string>> = {},
): PasteLibrary {
  return {
    plans: plans.map((p) => ({ ...p, blocks: [] })),
    sources: Object.fromEntries(
      plans
        .filter((p) => sources[p.meta.source] !== undefined)
        .map((p) => [p.slug, sourceDigest(sources[p.meta.source]!)]),
    ),
    yaml,
    topics: libraryTopics(topics),
    namesEn: { ...namesEn },
  };
}

/** The JSON of `npm run compare-text -- <file> --json`: the text's measures, one row per link, then the summary. */
export function comparisonJson(result: TextComparison) {
  const { measures, ...summary } = result;
  const links = measures.flatMap((m) => m.links);
  const texts = measures.map(({ number, label, title, text }) => ({ number, label, title, text }));
  return { measures: texts, links, ...summary };
}

export type PasteOutcome = { ok: true; result: TextComparison } | { ok: false; problem: 'empty' | 'noMeasures' };

/** The comparison of a pasted text with the library, as the command makes it. */
export function comparePasted(text: string, data: PasteLibrary): PasteOutcome {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, problem: 'empty' };
  const library = libraryOf(data.plans);
  const draft = draftPlan(clean, { slug: 'text', sourceName: 'text.txt', library: [] });
  // A text with no measures the importer recognises is compared piece by piece (labelled items or paragraphs).
  const plan = draft.plan?.measures.length
    ? draft.plan
    : piecesOf(draft.document, 'text', withPlaceholders(draft.frontmatter, draft.document));
  if (plan.measures.length === 0) return { ok: false, problem: 'noMeasures' };
  const problems = new ContentProblems();
  const digest = sourceDigest(clean);
  const exclude = Object.entries(data.sources)
    .filter(([, d]) => d === digest)
    .map(([slug]) => slug);
  const result = compareText(
    plan,
    library,
    {
      agenciesYaml: data.yaml.agencies,
      namesYaml: data.yaml.nameEquivalents,
      scale: buildStrengthScale(data.yaml.strengthScale, problems),
      targets: buildTargets(data.yaml.targets, library, problems),
    },
    exclude,
  );
  return { ok: true, result };
}

/** The id of the row of the text's measure at `index` (0-based) on the page: labels may repeat, positions do not. */
export const textMeasureAnchor = (index: number) => `text-measure-${index + 1}`;

/**
 * What the page prints of a result: each text measure (with its row's anchor) and its links, the
 * library measures named and linked; the share of the text in each plan; the measures with no
 * counterpart; the topics the text does not touch, named in the page's language and linked.
 */
export function pasteRows(
  result: TextComparison,
  data: Pick<PasteLibrary, 'plans' | 'topics'> & Partial<Pick<PasteLibrary, 'namesEn'>>,
  locale: Locale = 'zh-CN',
) {
  const plans = new Map(data.plans.map((p) => [p.slug, p]));
  // A plan by its short name in the page's edition (the English one where the library file has it).
  const planName = (slug: string) =>
    (locale === 'en' ? data.namesEn?.[slug] : undefined) ?? plans.get(slug)?.meta.shortName ?? slug;
  const measures = new Map(data.plans.flatMap((p) => p.measures.map((m) => [m.id, m] as const)));
  return {
    measures: result.measures.map((m, index) => ({
      anchor: textMeasureAnchor(index),
      number: m.number,
      label: m.label,
      title: m.title,
      links: m.links.map((link) => {
        const measure = measures.get(link.measure);
        return {
          measure: link.measure,
          href: measurePath(
            { plan: link.plan, number: measure?.number ?? link.measure.slice(link.plan.length + 1) },
            locale,
          ),
          title: measure?.title ?? '',
          planName: planName(link.plan),
          libraryIs: link.libraryIs,
          kind: link.kind,
          textShare: link.textShare,
          libraryShare: link.libraryShare,
          redline: link.redline,
        };
      }),
    })),
    shares: result.shares.map((s) => ({ ...s, planName: planName(s.plan) })),
    unmatched: result.measures.flatMap((m, index) =>
      m.links.length === 0 ? [{ label: m.label, title: m.title, anchor: textMeasureAnchor(index) }] : [],
    ),
    untouched: untouchedTopics(result, data.topics).map((t) => ({
      id: t.id,
      name: locale === 'en' ? t.nameEn : t.name,
      href: topicPath(t.id, locale),
    })),
    excluded: result.excluded.map(planName),
  };
}

export type PasteRows = ReturnType<typeof pasteRows>;
