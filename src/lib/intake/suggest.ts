/**
 * Editorial suggestions for a draft plan, each to be reviewed by an editor before it is accepted:
 * topics for each measure (from its nearest library measures and the topics' aliases), a registry
 * entry for every unit name, candidate targets with their quotes, and the plan's period. Pure.
 */
import type { Library } from '#lib/plan/library.ts';
import type { Plan } from '#lib/plan/model.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';

/** What topic suggestions read: tags by measure, and each topic's names. */
export type TopicSource = Pick<TopicIndex, 'topicsOf'> & { topics: { id: string; name: string; aliases?: string[] }[] };
import type { AgencyRegistry, AgencyType } from '#lib/agencies/agencies.ts';
import type { TargetTable } from '#lib/targets/targets.ts';
import { tfIdf } from '#lib/alignment/similarity.ts';
import { nearestNeighbours } from '#lib/alignment/neighbours.ts';
import { ALIGNMENT_PARAMETERS } from '#lib/alignment/alignment.ts';

export const SUGGESTION_PARAMETERS = {
  /** Nearest library measures a measure's topics are voted from. */
  neighbours: 5,
  /** Neighbours below this similarity do not vote. */
  floor: 0.1,
  /** What a topic whose name or alias the measure prints adds to its vote. */
  aliasBonus: 0.15,
  /** A topic is suggested when its vote reaches this share of the best topic's. */
  keepShare: 0.5,
  /** At most this many topics per measure (curated measures carry 1–5; 4 suggested gives the best balance on the five plans). */
  maxTopics: 4,
} as const;

export interface TopicSuggestion {
  measure: string;
  topics: string[];
  /** The library measures the topics come from, with their similarity. */
  from: { id: string; score: number }[];
}

export interface UnitSuggestion {
  printed: string;
  /** An agency of the registry this name is (the same unit, named by another plan too). */
  existing?: string;
  /** Otherwise a new agency, with its type read from the same name or ending elsewhere in the registry. */
  proposed?: { id: string; name: string; type: AgencyType['id']; jurisdiction: string; typeFrom: string };
  measures: string[];
}

export interface TargetSuggestion {
  location: string;
  measure?: string;
  quote: string;
  valueText: string;
  value: number | null;
  unit: string | null;
  comparator: '≥' | '>' | '=' | '≤' | '<';
  deadline: number | null;
  /** A metric of content/targets.yaml whose name the quote prints, if any. */
  metric?: string;
}

export interface PeriodSuggestion {
  printed: string;
  year: number | null;
  quote: string;
  location: string;
}

/** The plan's entry in content/name-equivalents.yaml `places`: 在潼 → abbr 潼, 镇街 → subdivision. */
export interface PlaceSuggestion {
  abbr: string;
  subdivision: string;
}

export interface Suggestions {
  places: PlaceSuggestion;
  topics: TopicSuggestion[];
  units: UnitSuggestion[];
  targets: TargetSuggestion[];
  period: PeriodSuggestion[];
}

/** Topics for every measure of `plan` from the library (leaving out `exclude`, e.g. the plan itself). */
export function suggestTopicsFor(
  plan: Plan,
  library: Library,
  topics: TopicSource,
  exclude?: string,
  p: { readonly [K in keyof typeof SUGGESTION_PARAMETERS]: number } = SUGGESTION_PARAMETERS,
): TopicSuggestion[] {
  const others = library.measures.filter((m) => m.plan !== exclude && m.plan !== plan.slug);
  const documents = [...others.map((m) => m.substance), ...plan.measures.map((m) => m.substance)];
  const model = tfIdf(documents, ALIGNMENT_PARAMETERS.ngramSizes);
  const own = others.length;
  const neighbours = nearestNeighbours(model, {
    k: p.neighbours,
    floor: p.floor,
    allow: (a, b) => a >= own && b < own,
    maxDocumentFrequency: ALIGNMENT_PARAMETERS.maxDocumentFrequency,
  });
  return plan.measures.map((measure, i) => {
    const votes = new Map<string, number>();
    const near = neighbours[own + i]!;
    for (const { index, score } of near)
      for (const topic of topics.topicsOf.get(others[index]!.id) ?? [])
        votes.set(topic, (votes.get(topic) ?? 0) + score);
    for (const topic of topics.topics) {
      const names = [topic.name, ...(topic.aliases ?? [])].filter((n) => n.length >= 3);
      if (names.some((n) => measure.substance.includes(n)))
        votes.set(topic.id, (votes.get(topic.id) ?? 0) + p.aliasBonus);
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const best = ranked[0]?.[1] ?? 0;
    return {
      measure: measure.id,
      topics: ranked
        .filter(([, v]) => v >= best * p.keepShare)
        .slice(0, p.maxTopics)
        .map(([t]) => t),
      from: near.map(({ index, score }) => ({ id: others[index]!.id, score })),
    };
  });
}

/** Every unit name the plan prints in its measures and annex, with a registry entry for it. */
export function suggestUnits(plan: Plan, registry: AgencyRegistry): UnitSuggestion[] {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, measure: string) => {
    if (!byName.has(name)) byName.set(name, new Set());
    byName.get(name)!.add(measure);
  };
  for (const m of plan.measures)
    for (const name of [...(m.units?.lead ?? []), ...(m.units?.responsible ?? [])]) add(name, m.id);
  for (const task of plan.annexTasks) for (const name of [...task.lead, ...task.responsible]) add(name, task.measure);
  const region = plan.meta.region;
  const place = region.district ?? region.city ?? region.province;
  const used = new Set(registry.agencies.map((a) => a.id));
  const out: UnitSuggestion[] = [];
  for (const [printed, measures] of byName) {
    const same = registry.agencies.filter((a) => a.aliases.includes(printed));
    // A name tied to no place (人行合川中心支行) is the same unit; 区财政局 is each district's own.
    const local = /^[区市县镇]/.test(printed) || /有关|各/.test(printed);
    if (same.length === 1 && !local) {
      out.push({ printed, existing: same[0]!.id, measures: [...measures] });
      continue;
    }
    const typed = same[0] ?? closestBySuffix(printed, registry);
    const type = (typed?.type ?? 'other') as AgencyType['id'];
    let id = `${plan.slug}-${type}`;
    for (let n = 2; used.has(id); n++) id = `${plan.slug}-${type}-${n}`;
    used.add(id);
    // 区财政局 of 潼南区 → 重庆市潼南区财政局: the place the plan governs, then the name after 区.
    const name = local && /^[区市县]/.test(printed) && place ? `${regionName(region)}${printed.slice(1)}` : printed;
    out.push({
      printed,
      proposed: {
        id,
        name,
        type,
        jurisdiction: regionName(region),
        typeFrom: typed ? `${typed.id} (${typed.aliases.join('、')})` : 'no similar name in the registry',
      },
      measures: [...measures],
    });
  }
  return out;
}

function regionName(region: Plan['meta']['region']): string {
  return [region.province, region.city, region.district].filter(Boolean).join('');
}

/** The registry agency whose printed name shares the longest ending with `name` (财政局, 金融事务中心). */
function closestBySuffix(name: string, registry: AgencyRegistry) {
  let best: { agency: AgencyRegistry['agencies'][number]; length: number } | undefined;
  for (const agency of registry.agencies)
    for (const alias of agency.aliases) {
      let n = 0;
      while (n < Math.min(alias.length, name.length) && alias[alias.length - 1 - n] === name[name.length - 1 - n]) n++;
      if (n >= 2 && (!best || n > best.length)) best = { agency, length: n };
    }
  return best?.agency;
}

/** The plan's text block by block, each with its outline place (an unlabelled paragraph: the place above it). */
function placedTexts(plan: Plan): { place: string; measure?: string; text: string }[] {
  const out: { place: string; measure?: string; text: string }[] = [];
  let place: string | undefined;
  for (const block of plan.blocks) {
    if (block.kind === 'heading' && block.depth === 1) place = undefined;
    if (block.place) place = block.place;
    const text = block.kind === 'measure' ? block.paragraphs.join('') : 'text' in block ? block.text : '';
    if (place && text) out.push({ place, ...(block.measure ? { measure: block.measure.id } : {}), text });
  }
  return out;
}

const FIGURE =
  /(\d+(?:\.\d+)?)\s*(亿元|万元|元|亿立方米|万立方米|万吨|吨|%|个百分点|倍|家|个|项|笔|只|户)(以上|以下|左右)?/g;
const DEADLINE = /到\s*(\d{4})\s*年/;
/** Targets stated without a figure, in the words Chinese plans use for them. */
const QUALITATIVE =
  /[“"]?零[”"]?突破|持续(?:上升|下降|提高)|完成[^，。；]{0,6}下达(?:的)?目标|不低于[^，。；]{2,12}(?:增速|水平)/g;

function metricIn(quote: string, metrics: readonly { id: string; name: string }[]): string | undefined {
  return metrics.find((x) => quote.includes(x.name))?.id;
}

function comparatorOf(before: string, after: string | undefined): TargetSuggestion['comparator'] {
  if (after === '以上' || /不低于|不少于/.test(before)) return '≥';
  if (after === '以下' || /不高于|不超过/.test(before)) return '≤';
  if (/超过|高于/.test(before)) return '>';
  if (/低于|降低|下降/.test(before)) return '<';
  return '=';
}

/** Figures with a unit, in the clause they stand in, with comparator and deadline: candidate targets. */
export function suggestTargets(plan: Plan, table?: TargetTable): TargetSuggestion[] {
  const out: TargetSuggestion[] = [];
  const metrics = (table as { metrics?: { id: string; name: string }[] } | undefined)?.metrics ?? [];
  for (const block of placedTexts(plan)) {
    for (const sentence of block.text.split(/(?<=[。；;])/)) {
      for (const m of sentence.matchAll(QUALITATIVE)) {
        const start = Math.max(0, ...['，', ',', '；', '。'].map((c) => sentence.lastIndexOf(c, m.index) + 1));
        const ends = [...'，,；;。'].map((c) => sentence.indexOf(c, m.index + m[0].length)).filter((i) => i >= 0);
        const quote = sentence.slice(start, ends.length ? Math.min(...ends) : sentence.length);
        const deadline = DEADLINE.exec(sentence)?.[1];
        out.push({
          location: block.place,
          ...(block.measure ? { measure: block.measure } : {}),
          quote,
          valueText: m[0],
          value: null,
          unit: null,
          comparator: /不低于/.test(m[0]) ? '≥' : '=',
          deadline: deadline ? Number(deadline) : null,
          ...(metricIn(quote, metrics) ? { metric: metricIn(quote, metrics) } : {}),
        });
      }
      for (const m of sentence.matchAll(FIGURE)) {
        // A year (2025年) or a date is no target.
        if (/^\d{4}$/.test(m[1]!) && m[2] === '年') continue;
        const clauseStart = Math.max(0, ...['，', ',', '；', '。'].map((c) => sentence.lastIndexOf(c, m.index) + 1));
        const clauseEnd = [...'，,；;。'].map((c) => sentence.indexOf(c, m.index)).filter((i) => i >= 0);
        const quote = sentence.slice(clauseStart, clauseEnd.length ? Math.min(...clauseEnd) : sentence.length);
        const deadline = DEADLINE.exec(sentence)?.[1];
        const metric = metricIn(quote, metrics);
        out.push({
          location: block.place,
          ...(block.measure ? { measure: block.measure } : {}),
          quote,
          valueText: m[0],
          value: Number(m[1]),
          unit: m[2]!,
          comparator: comparatorOf(quote.slice(0, quote.indexOf(m[0])), m[3]),
          deadline: deadline ? Number(deadline) : null,
          ...(metric ? { metric } : {}),
        });
      }
    }
  }
  return out;
}

const PERIOD = /(?:经过|通过|用)\s*\d+\s*年左右的?(?:努力|时间)|到\s*\d{4}\s*年/g;

/** The plan's words about its own period: 经过5年左右的努力, 到2025年; each printed form once. */
export function suggestPeriod(plan: Plan): PeriodSuggestion[] {
  const out: PeriodSuggestion[] = [];
  const seen = new Set<string>();
  for (const { text, place } of placedTexts(plan)) {
    for (const m of text.matchAll(PERIOD)) {
      const printed = m[0];
      if (seen.has(printed.replace(/\s/g, ''))) continue;
      seen.add(printed.replace(/\s/g, ''));
      const ends = [...'。；;'].map((c) => text.indexOf(c, m.index)).filter((i) => i >= 0);
      const starts = [...'。；;，'].map((c) => text.lastIndexOf(c, m.index) + 1);
      const quote = text.slice(Math.max(0, ...starts), ends.length ? Math.min(...ends) : text.length);
      const year = /(\d{4})/.exec(printed)?.[1];
      out.push({ printed, year: year ? Number(year) : null, quote, location: place });
    }
  }
  return out;
}

const SUBDIVISIONS = ['镇街', '区县', '县（区）', '县区', '乡镇', '街道'];

/** The one-character short form the plan uses for its place (在潼, 驻潼) and its subdivisions (镇街). */
export function suggestPlaces(plan: Plan): PlaceSuggestion {
  const text = plan.blocks
    .map((b) => ('text' in b ? b.text : b.kind === 'measure' ? b.paragraphs.join('') : ''))
    .join('');
  const region = plan.meta.region;
  const place = (region.district ?? region.city ?? region.province).replace(/(省|市|区|县)$/, '');
  const counts = [...place].map((c) => ({ c, n: text.split(`在${c}`).length + text.split(`驻${c}`).length - 2 }));
  const abbr = counts.sort((a, b) => b.n - a.n)[0];
  const subdivision = SUBDIVISIONS.map((s) => ({ s, n: text.split(s).length - 1 })).sort((a, b) => b.n - a.n)[0]!;
  return {
    abbr: abbr && abbr.n > 0 ? abbr.c : ([...place][0] ?? ''),
    subdivision: subdivision.n > 0 ? subdivision.s : region.district ? '镇街' : '区县',
  };
}

export function suggestAll(
  plan: Plan,
  context: { library: Library; topics: TopicSource; agencies: AgencyRegistry; targets?: TargetTable; exclude?: string },
): Suggestions {
  return {
    places: suggestPlaces(plan),
    topics: suggestTopicsFor(plan, context.library, context.topics, context.exclude),
    units: suggestUnits(plan, context.agencies),
    targets: suggestTargets(plan, context.targets),
    period: suggestPeriod(plan),
  };
}
