/**
 * "Compare your text": the counterparts of every measure of a received or pasted text in every
 * plan of the library, found by the same engine that links the library's plans
 * (#lib/compare/counterparts.ts): the text is added to the library as one more plan, and only the
 * links that touch it are kept. Pure, so the paste page can run it in the browser.
 */
import { libraryOf, type Library } from '#lib/plan/library.ts';
import type { Plan } from '#lib/plan/model.ts';
import { buildAgencyRegistry, type AgencyRegistry } from '#lib/agencies/agencies.ts';
import { buildNameTable, type NameTable } from '#lib/compare/names.ts';
import { ContentProblems } from '#lib/content/errors.ts';
import { parseDocument, type YAMLMap } from 'yaml';
import { acceptSuggestions } from './accept.ts';
import { suggestPlaces, suggestUnits } from './suggest.ts';
import type { TargetTable } from '#lib/targets/targets.ts';
import type { StrengthScale } from '#lib/compare/strength.ts';
import { computeCounterparts } from '#lib/compare/counterparts.ts';
import type { CounterpartLink, LinkKind, StrengthChange, UnitChanges } from '#lib/compare/types.ts';

export interface TextLink {
  /** The text's measure by its printed label, e.g. "9." or "（一）", and its number in the draft. */
  label: string;
  number: string;
  /** The library measure by its id, e.g. tongnan/9. */
  measure: string;
  plan: string;
  /** earlier: the library measure is the earlier of the two (by date issued); later otherwise. */
  libraryIs: 'earlier' | 'later';
  kind: LinkKind;
  /** Share of the text's measure aligned with the library measure, and the other way round. */
  textShare: number;
  libraryShare: number;
  strength: StrengthChange[];
  units: UnitChanges;
  redline: CounterpartLink['redline'];
}

export interface TextComparison {
  /** The text's measures in order (their words as read, for the CSV), each with its links. */
  measures: { number: string; label: string; title: string; text: string; links: TextLink[] }[];
  /**
   * For each library plan compared (0 when no measure links to it): the share of the text's measure
   * characters aligned with a counterpart measure of that plan — the pair pages' 对应文字比例
   * (`PlanPairSummary` earlierCarried / laterFromEarlier, common wording not counted).
   */
  shares: { plan: string; share: number; links: number }[];
  /** Measures of the text with no counterpart in any plan (by printed label). */
  unmatched: string[];
  /** Library plans left out of the comparison (the text is one of them). */
  excluded: string[];
}

export interface CompareInputs {
  /** content/agencies.yaml and content/name-equivalents.yaml as text: the text's units and place join them. */
  agenciesYaml: string;
  namesYaml: string;
  scale: StrengthScale;
  targets?: TargetTable;
}

/**
 * The registry and the name equivalences with the text added as one more plan, its suggestions
 * accepted (its units and its place abbreviation), so that 人行合川中心支行 and 在潼 in the text
 * compare as they would once the text is in the library.
 */
function tablesFor(text: Plan, joint: Library, inputs: CompareInputs): { agencies: AgencyRegistry; names: NameTable } {
  const base = buildAgencyRegistry(inputs.agenciesYaml, joint, new ContentProblems());
  const accepted = acceptSuggestions(
    {
      nameEquivalents: placesOf(inputs.namesYaml, joint),
      agencies: inputs.agenciesYaml,
      measureTopics: '',
      targets: 'targets: []',
      periods: 'periods: []',
    },
    {
      plan: text.slug,
      frontmatter: {},
      places: suggestPlaces(text),
      units: suggestUnits(text, base),
      topics: [],
      targets: [],
      period: [],
    },
  );
  const agencies = buildAgencyRegistry(accepted.agencies, joint, new ContentProblems());
  const problems = new ContentProblems();
  const names = buildNameTable(accepted.nameEquivalents, joint, agencies, problems);
  problems.throwIfAny();
  return { agencies, names };
}

/** The name equivalences with the places of plans left out of the comparison removed. */
function placesOf(namesYaml: string, joint: Library): string {
  const doc = parseDocument(namesYaml);
  const places = doc.get('places') as YAMLMap<{ value: string }>;
  const slugs = new Set(joint.plans.map((p) => p.slug));
  places.items = places.items.filter((pair) => slugs.has(String(pair.key.value ?? pair.key)));
  return doc.toString();
}

export function compareText(
  text: Plan,
  library: Library,
  inputs: CompareInputs,
  exclude: readonly string[] = [],
): TextComparison {
  const plans = library.plans.filter((p) => !exclude.includes(p.slug) && p.slug !== text.slug);
  const joint = libraryOf([...plans, text]);
  const { agencies, names } = tablesFor(text, joint, inputs);
  const { counterparts } = computeCounterparts(joint, {
    agencies,
    names,
    scale: inputs.scale,
    targets: inputs.targets,
  });
  const own = new Map(text.measures.map((m) => [m.id, m]));
  const byMeasure = new Map<string, TextLink[]>();
  for (const link of counterparts.links) {
    const textIsFrom = own.has(link.from);
    const textIsTo = own.has(link.to);
    if (textIsFrom === textIsTo) continue;
    const mine = own.get(textIsFrom ? link.from : link.to)!;
    const other = textIsFrom ? link.to : link.from;
    const entry: TextLink = {
      label: mine.label,
      number: mine.number,
      measure: other,
      plan: other.slice(0, other.indexOf('/')),
      libraryIs: textIsFrom ? 'later' : 'earlier',
      kind: link.kind,
      textShare: textIsFrom ? link.fromShare : link.toShare,
      libraryShare: textIsFrom ? link.toShare : link.fromShare,
      strength: link.strength,
      units: link.units,
      redline: link.redline,
    };
    byMeasure.set(mine.id, [...(byMeasure.get(mine.id) ?? []), entry]);
  }
  const linkedPlans = new Map(
    counterparts.pairs
      .filter((p) => (p.earlier === text.slug) !== (p.later === text.slug))
      .map((p) => {
        const plan = p.earlier === text.slug ? p.later : p.earlier;
        const share = p.earlier === text.slug ? p.earlierCarried : p.laterFromEarlier;
        return [plan, { plan, share, links: p.copied + p.adapted + p.partial }] as const;
      }),
  );
  // A plan with no link has no pair summary: its share is 0, listed so that every plan compared is named.
  const shares = plans
    .map((p) => linkedPlans.get(p.slug) ?? { plan: p.slug, share: 0, links: 0 })
    .sort((a, b) => b.share - a.share || a.plan.localeCompare(b.plan));
  const measures = text.measures.map((m) => ({
    number: m.number,
    label: m.label,
    title: m.title,
    text: m.text,
    links: (byMeasure.get(m.id) ?? []).sort((a, b) => a.measure.localeCompare(b.measure, 'en', { numeric: true })),
  }));
  return {
    measures,
    shares,
    unmatched: measures.filter((m) => m.links.length === 0).map((m) => m.label),
    excluded: library.plans.filter((p) => exclude.includes(p.slug)).map((p) => p.slug),
  };
}
