/**
 * Plan periods (content/periods.yaml): editorial data quoting each plan's own words for its period
 * (到2025年, 经过5年左右的努力), and whether the year a plan names has passed on a recorded date.
 * The status is about the calendar only, never about whether a plan's targets were met.
 */
import { z } from 'astro/zod';
import type { ContentProblems } from '#lib/content/errors.ts';
import { lineOf, readYamlData } from '#lib/content/yaml.ts';
import { isoDate } from './schema.ts';
import type { Library } from './library.ts';
import type { Plan } from './model.ts';

export const PERIODS_FILE = 'content/periods.yaml';

export const periodsSchema = z
  .strictObject({
    asOf: isoDate.describe(
      'The date the site judges "the target year has passed" at; recorded, not the build clock, so builds are deterministic.',
    ),
    periods: z
      .array(
        z.strictObject({
          plan: z.string().describe('Slug of the plan.'),
          statements: z
            .array(
              z.strictObject({
                printed: z
                  .string()
                  .min(1)
                  .describe('The period words exactly as printed, e.g. 到2025年; must stand in the quote.'),
                year: z
                  .number()
                  .int()
                  .nullable()
                  .describe('The year the words name, e.g. 2025; null when they name none (5年左右).'),
                quote: z.string().min(1).describe('The sentence the words stand in, verbatim from the plan.'),
                location: z.string().min(1).describe('Outline place the quote stands at, e.g. 一（二）.'),
              }),
            )
            .describe('Every statement of the plan about its period, in the order printed; empty when it states none.'),
          note: z.string().nullable().describe('Editorial note (Chinese) shown with the period, or null.'),
          noteEn: z
            .string()
            .nullable()
            .describe('The note in English (editorial translation); null exactly when note is null.'),
        }),
      )
      .describe('One entry per plan in the library.'),
  })
  .describe('The periods the plans set themselves.');

type PeriodsFile = z.output<typeof periodsSchema>;
export type PlanPeriod = PeriodsFile['periods'][number];

export interface PeriodTable {
  asOf: string;
  /** Plan slug → its period. */
  bySlug: Map<string, PlanPeriod>;
}

/**
 * The plan's words from a labelled place to the next labelled place: the labelled block itself
 * and any unlabelled paragraphs under it (a heading such as （三）主要目标。 is followed by its text).
 */
export function wordsAt(plan: Plan, location: string): string | undefined {
  const start = plan.blocks.findIndex((b) => b.place === location);
  if (start < 0) return undefined;
  const words: string[] = [];
  for (let i = start; i < plan.blocks.length; i++) {
    const block = plan.blocks[i]!;
    if (i > start && block.place !== undefined) break;
    words.push(block.kind === 'measure' ? block.paragraphs.join('') : 'text' in block ? block.text : '');
  }
  return words.join('\n');
}

/**
 * Reads the periods and checks each quote against its plan. Problems go to `problems` (and an
 * empty table is returned when the file cannot be read).
 */
export function buildPeriods(text: string, library: Library, problems: ContentProblems): PeriodTable {
  const table = checkPeriods(text, library, problems);
  return table ?? { asOf: '', bySlug: new Map() };
}

function checkPeriods(text: string, library: Library, problems: ContentProblems): PeriodTable | undefined {
  const read = readYamlData(PERIODS_FILE, text, periodsSchema, problems);
  if (!read) return undefined;
  const { source, data } = read;
  const fail = (path: (string | number)[], problem: string, found?: string, expected?: string) =>
    problems.report({ file: PERIODS_FILE, line: lineOf(source, path), field: path.join('.') }, problem, {
      found,
      expected,
    });
  const unchecked = library.unchecked ?? new Set<string>();
  const bySlug = new Map<string, PlanPeriod>();
  data.periods.forEach((period, i) => {
    const plan = library.plans.find((p) => p.slug === period.plan);
    if (!plan) {
      // A plan left out for its own problems has been reported already.
      if (!unchecked.has(period.plan))
        fail(
          ['periods', i, 'plan'],
          `unknown plan "${period.plan}" (content/plans/${period.plan}.mdx does not exist)`,
          `"${period.plan}"`,
          `one of ${library.plans.map((p) => p.slug).join(', ')}`,
        );
      return;
    }
    if (bySlug.has(plan.slug))
      return fail(['periods', i, 'plan'], 'a second entry for this plan', plan.slug, 'one entry per plan');
    bySlug.set(plan.slug, period);
    if ((period.note === null) !== (period.noteEn === null))
      fail(
        ['periods', i, 'noteEn'],
        period.note === null ? 'an English note without a Chinese note' : 'the note has no English',
        period.noteEn === null ? 'null' : `"${period.noteEn}"`,
        'noteEn: null exactly when note is null, else the note in English',
      );
    period.statements.forEach((s, j) => {
      const at = ['periods', i, 'statements', j];
      const words = wordsAt(plan, s.location);
      if (words === undefined)
        return fail(
          [...at, 'location'],
          `no such place in ${plan.slug}`,
          s.location,
          'an outline label such as 一（二）',
        );
      if (!words.includes(s.quote))
        return fail(
          [...at, 'quote'],
          `the quote does not stand verbatim at ${plan.slug} ${s.location}`,
          s.quote,
          'the words exactly as printed there',
        );
      if (!s.quote.includes(s.printed))
        fail([...at, 'printed'], 'the period as printed is not in the quote', s.printed, 'words of the quote');
      const printedYear = /(\d{4})\s*年/.exec(s.printed)?.[1];
      if ((printedYear === undefined ? null : Number(printedYear)) !== s.year)
        fail(
          [...at, 'year'],
          `the year does not match "${s.printed}"`,
          String(s.year),
          printedYear ?? 'null (no year is printed)',
        );
    });
  });
  for (const plan of library.plans)
    if (!bySlug.has(plan.slug))
      fail(
        ['periods'],
        `no entry for plan ${plan.slug}`,
        'none',
        'one entry per plan (statements: [] when it states none)',
      );
  return { asOf: data.asOf, bySlug };
}

export type PeriodStatus =
  | { kind: 'passed'; year: number; printed: string }
  | { kind: 'running'; year: number; printed: string }
  | { kind: 'no-year' };

/** Whether the latest year the plan names is before the year of `asOf`. */
export function periodStatus(period: PlanPeriod | undefined, asOf: string): PeriodStatus {
  const dated = (period?.statements ?? []).filter((s) => s.year !== null);
  if (dated.length === 0) return { kind: 'no-year' };
  const last = dated.reduce((a, b) => (b.year! > a.year! ? b : a));
  const kind = Number(asOf.slice(0, 4)) > last.year! ? 'passed' : 'running';
  return { kind, year: last.year!, printed: last.printed };
}
