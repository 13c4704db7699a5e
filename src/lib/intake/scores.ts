/**
 * How well an import reproduces a curated plan: the measures (same numbers, and after NFKC and
 * white space the same text and unit lists), annex tasks, frontmatter facts and topic
 * suggestions. Used by the round-trip tests and by `npm run bench:intake` for README's figures.
 */
import type { Plan } from '#lib/plan/model.ts';
import { comparable } from '#lib/plan/source-text.ts';
import type { ReadFrontmatter } from './frontmatter.ts';
import type { TopicSuggestion, TopicSource } from './suggest.ts';

export interface MeasureScore {
  matched: number;
  total: number;
  /** Curated measures not reproduced, by number, with what differs. */
  misses: { number: string; why: 'absent' | 'text' | 'units' }[];
  /** Measures the import found that the curated plan does not have. */
  extra: string[];
}

const units = (m: Plan['measures'][number]) =>
  JSON.stringify([(m.units?.lead ?? []).map(comparable), (m.units?.responsible ?? []).map(comparable)]);

export function scoreMeasures(imported: Plan | undefined, curated: Plan): MeasureScore {
  const got = new Map((imported?.measures ?? []).map((m) => [m.number, m]));
  const misses: MeasureScore['misses'] = [];
  for (const m of curated.measures) {
    const g = got.get(m.number);
    if (!g) misses.push({ number: m.number, why: 'absent' });
    else if (comparable(g.text) !== comparable(m.text)) misses.push({ number: m.number, why: 'text' });
    else if (units(g) !== units(m)) misses.push({ number: m.number, why: 'units' });
  }
  const wanted = new Set(curated.measures.map((m) => m.number));
  return {
    matched: curated.measures.length - misses.length,
    total: curated.measures.length,
    misses,
    extra: [...got.keys()].filter((n) => !wanted.has(n)),
  };
}

export function scoreAnnexTasks(imported: Plan | undefined, curated: Plan): { matched: number; total: number } {
  const key = (t: Plan['annexTasks'][number]) =>
    [
      t.number,
      comparable(t.text),
      t.lead.map(comparable).join('、'),
      t.responsible.map(comparable).join('、'),
      t.measure.split('/')[1],
    ].join('|');
  const got = new Set((imported?.annexTasks ?? []).map(key));
  return { matched: curated.annexTasks.filter((t) => got.has(key(t))).length, total: curated.annexTasks.length };
}

/** The frontmatter facts a text prints, each read or not as the curated plan records it. */
export const READ_FIELDS = [
  'title',
  'issuers',
  'documentNumber',
  'dateIssued',
  'datePrinted',
  'region',
  'level',
  'publication',
  'basis',
  'completeness',
  'measureNumbering',
] as const;

export function scoreFrontmatter(read: ReadFrontmatter, curated: Plan['meta']): { field: string; same: boolean }[] {
  const view = (field: (typeof READ_FIELDS)[number], meta: Record<string, unknown>): unknown => {
    const value = meta[field];
    if (field === 'documentNumber') {
      // A number the text does not print is editorial (its note says where it comes from).
      const n = value as { value: string; inSource: boolean } | null;
      return n?.inSource ? n.value : null;
    }
    if (field === 'completeness') {
      const c = value as { status: string; stopsAt?: string };
      return { status: c.status, stopsAt: c.stopsAt };
    }
    return value ?? null;
  };
  return READ_FIELDS.map((field) => ({
    field,
    same:
      JSON.stringify(view(field, read as unknown as Record<string, unknown>)) ===
      JSON.stringify(view(field, curated as unknown as Record<string, unknown>)),
  }));
}

export interface TopicScore {
  suggested: number;
  curated: number;
  agreed: number;
  /** Measures whose first suggested topic is one of its curated topics. */
  firstRight: number;
  measures: number;
}

/** Suggested topics against the curated ones; `slug` maps the draft's measure ids to the curated plan's. */
export function scoreTopics(suggestions: readonly TopicSuggestion[], topics: TopicSource, slug: string): TopicScore {
  const score: TopicScore = { suggested: 0, curated: 0, agreed: 0, firstRight: 0, measures: 0 };
  for (const s of suggestions) {
    const curated = topics.topicsOf.get(`${slug}/${s.measure.slice(s.measure.indexOf('/') + 1)}`) ?? [];
    score.measures++;
    score.suggested += s.topics.length;
    score.curated += curated.length;
    score.agreed += s.topics.filter((t) => curated.includes(t)).length;
    if (s.topics[0] !== undefined && curated.includes(s.topics[0])) score.firstRight++;
  }
  return score;
}

/** The curated period statements whose printed words the suggestions found (white space aside). */
export function scorePeriod(suggested: readonly { printed: string }[], curated: readonly { printed: string }[]) {
  const found = new Set(suggested.map((s) => comparable(s.printed)));
  return { matched: curated.filter((c) => found.has(comparable(c.printed))).length, total: curated.length };
}

/** The curated targets whose figure as printed stands in a candidate's quote. */
export function scoreTargets(suggested: readonly { quote: string }[], curated: readonly { valueText: string }[]) {
  const quotes = suggested.map((s) => comparable(s.quote));
  return {
    matched: curated.filter((c) => quotes.some((q) => q.includes(comparable(c.valueText)))).length,
    total: curated.length,
  };
}
