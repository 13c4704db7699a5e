/**
 * Accepting a draft's suggestions: the editorial files' text with the suggested entries added
 * (topics, units, targets with a known metric, the period). Pure: texts in, texts out. The YAML
 * documents are edited through the yaml library's document model, so comments and layout stay.
 */
import { parse, parseDocument, type YAMLSeq } from 'yaml';
import type { Suggestions } from './suggest.ts';

export interface EditorialTexts {
  nameEquivalents: string;
  measureTopics: string;
  agencies: string;
  targets: string;
  periods: string;
}

export interface SuggestionsFile extends Suggestions {
  plan: string;
  frontmatter: Record<string, unknown>;
}

export function readSuggestions(text: string): SuggestionsFile {
  return parse(text) as SuggestionsFile;
}

export function acceptSuggestions(texts: EditorialTexts, file: SuggestionsFile): EditorialTexts {
  const slug = file.plan;
  const topicLines = file.topics
    .filter((t) => t.topics.length > 0)
    .map((t) => `${t.measure}: [${t.topics.join(', ')}]`);
  const measureTopics = texts.measureTopics.replace(/\n*$/, '\n') + topicLines.join('\n') + '\n';

  const agencies = parseDocument(texts.agencies);
  const list = agencies.get('agencies') as YAMLSeq;
  for (const unit of file.units) {
    if (unit.existing) {
      const index = list.items.findIndex((item) => (item as { get(k: string): unknown }).get('id') === unit.existing);
      const plans = agencies.getIn(['agencies', index, 'plans']) as YAMLSeq;
      if (!plans.items.some((p) => String((p as { value?: unknown }).value ?? p) === slug)) plans.add(slug);
    } else if (unit.proposed) {
      const { id, name, type, jurisdiction } = unit.proposed;
      list.add(agencies.createNode({ id, name, aliases: [unit.printed], type, jurisdiction, plans: [slug] }));
    }
  }

  const targets = parseDocument(texts.targets);
  for (const t of file.targets) {
    if (!t.metric) continue;
    (targets.get('targets') as YAMLSeq).add(
      targets.createNode({
        plan: slug,
        metric: t.metric,
        value: t.value,
        valueText: t.valueText,
        unit: t.unit,
        comparator: t.comparator,
        baseline: null,
        deadline: t.deadline,
        quote: t.quote,
        location: t.location,
        note: null,
      }),
    );
  }

  const names = parseDocument(texts.nameEquivalents);
  if (file.places) names.setIn(['places', slug], names.createNode(file.places, { flow: true }));

  const periods = parseDocument(texts.periods);
  (periods.get('periods') as YAMLSeq).add(
    periods.createNode({
      plan: slug,
      statements: file.period.map(({ printed, year, quote, location }) => ({ printed, year, quote, location })),
      note: null,
    }),
  );
  return {
    nameEquivalents: names.toString({ lineWidth: 0 }),
    measureTopics,
    agencies: agencies.toString({ lineWidth: 0 }),
    targets: targets.toString({ lineWidth: 0 }),
    periods: periods.toString({ lineWidth: 0 }),
  };
}

/**
 * The editorial files and the other plans without every reference to one plan, as when a plan is
 * taken out of the library to be imported again: its topics, its units (an agency no other plan
 * names goes too), its targets and period, and `plan:` in the other plans' basis citations.
 */
export function withoutPlan(
  texts: EditorialTexts,
  plans: Readonly<Record<string, string>>,
  slug: string,
): { texts: EditorialTexts; plans: Record<string, string> } {
  const measureTopics = texts.measureTopics
    .split('\n')
    .filter((line) => !line.startsWith(`${slug}/`))
    .join('\n');
  const agencies = parseDocument(texts.agencies);
  const list = agencies.get('agencies') as YAMLSeq;
  list.items = list.items.filter((item) => {
    const plansOf = (item as { get(k: string): YAMLSeq }).get('plans');
    plansOf.items = plansOf.items.filter((p) => String((p as { value?: unknown }).value ?? p) !== slug);
    return plansOf.items.length > 0;
  });
  const dropPlan = (text: string, key: string) => {
    const doc = parseDocument(text);
    const seq = doc.get(key) as YAMLSeq;
    seq.items = seq.items.filter((item) => (item as { get(k: string): unknown }).get('plan') !== slug);
    return doc.toString({ lineWidth: 0 });
  };
  const others = Object.fromEntries(
    Object.entries(plans).map(([name, text]) => [name, text.replace(new RegExp(`^\\s+plan: ${slug}\\n`, 'gm'), '')]),
  );
  const names = parseDocument(texts.nameEquivalents);
  names.deleteIn(['places', slug]);
  return {
    texts: {
      nameEquivalents: names.toString({ lineWidth: 0 }),
      measureTopics,
      agencies: agencies.toString({ lineWidth: 0 }),
      targets: dropPlan(texts.targets, 'targets'),
      periods: dropPlan(texts.periods, 'periods'),
    },
    plans: others,
  };
}
