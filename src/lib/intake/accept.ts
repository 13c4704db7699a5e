/**
 * Accepting a draft's suggestions: the editorial files' text with the suggested entries added
 * (topics, units, targets with a known metric, the period). Pure: texts in, texts out. The YAML
 * documents are edited through the yaml library's document model, so comments and layout stay
 * (flow collections written as each file writes them: [a, b] in most, { a: b } in name-equivalents).
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

/**
 * The plan's line in name-equivalents.yaml `places`, written as the file writes the others
 * ({ abbr: 潼, subdivision: 镇街 }): a line of text, since the file mixes flow styles that the
 * yaml library would rewrite.
 */
function withPlace(text: string, slug: string, place: { abbr: string; subdivision: string }): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line === 'places:');
  const entry = `  ${slug}: { abbr: ${place.abbr}, subdivision: ${place.subdivision} }`;
  if (at < 0) return `${text.trimEnd()}\nplaces:\n${entry}\n`;
  let end = at + 1;
  while (end < lines.length && lines[end]!.startsWith('  ')) end++;
  const existing = lines.slice(at + 1, end).findIndex((line) => line.startsWith(`  ${slug}:`));
  if (existing >= 0) lines[at + 1 + existing] = entry;
  else lines.splice(end, 0, entry);
  return lines.join('\n');
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

  const nameEquivalents = file.places ? withPlace(texts.nameEquivalents, slug, file.places) : texts.nameEquivalents;

  const periods = parseDocument(texts.periods);
  (periods.get('periods') as YAMLSeq).add(
    periods.createNode({
      plan: slug,
      statements: file.period.map(({ printed, year, quote, location }) => ({ printed, year, quote, location })),
      note: null,
    }),
  );
  return {
    nameEquivalents,
    measureTopics,
    agencies: agencies.toString({ lineWidth: 0, flowCollectionPadding: false }),
    targets: targets.toString({ lineWidth: 0, flowCollectionPadding: false }),
    periods: periods.toString({ lineWidth: 0, flowCollectionPadding: false }),
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
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  };
  const others = Object.fromEntries(
    Object.entries(plans).map(([name, text]) => [name, text.replace(new RegExp(`^\\s+plan: ${slug}\\n`, 'gm'), '')]),
  );
  const nameEquivalents = texts.nameEquivalents.replace(new RegExp(`^ {2}${slug}: .*\\n`, 'm'), '');
  return {
    texts: {
      nameEquivalents,
      measureTopics,
      agencies: agencies.toString({ lineWidth: 0, flowCollectionPadding: false }),
      targets: dropPlan(texts.targets, 'targets'),
      periods: dropPlan(texts.periods, 'periods'),
    },
    plans: others,
  };
}
