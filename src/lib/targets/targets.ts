/**
 * Quantitative targets (content/targets.yaml): editorial data that quotes the plans. Every quote
 * must stand verbatim at its stated place in the plan, so a reader can check each figure.
 */
import { z } from 'astro/zod';
import { kebabId } from '#lib/content/fields.ts';
import type { ContentProblems } from '#lib/content/errors.ts';
import { lookupBy } from '#lib/content/lookup.ts';
import { lineOf, readYamlData } from '#lib/content/yaml.ts';
import type { Library } from '#lib/plan/library.ts';
import { measureInPlanPath, planAnchorPath } from '#lib/site/paths.ts';

export const TARGETS_FILE = 'content/targets.yaml';
export const COMPARATORS = ['≥', '>', '=', '≤', '<'] as const;

export const targetsSchema = z
  .strictObject({
    metrics: z
      .array(
        z.strictObject({
          id: kebabId('green-loan-balance').describe('Stable id of the metric.'),
          name: z.string().min(1).describe('Chinese name, e.g. 绿色贷款余额.'),
          nameEn: z.string().min(1).describe('English label.'),
          description: z.string().min(1).describe('What the metric measures (Chinese).'),
          descriptionEn: z.string().min(1).describe('The description in English (editorial translation).'),
        }),
      )
      .describe('The metrics targets are stated in, in display order.'),
    targets: z
      .array(
        z.strictObject({
          plan: z.string().describe('Slug of the plan.'),
          metric: z.string().describe('Id of the metric.'),
          value: z
            .number()
            .nullable()
            .describe('The figure as a number; null when the target is not a number (e.g. 持续上升).'),
          valueText: z
            .string()
            .min(1)
            .describe('The figure exactly as printed, e.g. 100亿元以上; must stand in the quote.'),
          unit: z.string().nullable().describe('Unit of value, e.g. 亿元, %, 倍; null when value is null.'),
          unitEn: z
            .string()
            .nullable()
            .describe(
              'The unit in English (editorial), e.g. 100 million yuan, %, times; null exactly when unit is null.',
            ),
          valueTextEn: z
            .string()
            .min(1)
            .describe('The printed figure in English (editorial translation), e.g. more than 10 billion yuan.'),
          comparator: z.enum(COMPARATORS).describe('How the figure binds: 以上/不低于 → ≥, 超过 → >, 达到 → =.'),
          baseline: z
            .union([
              z.strictObject({ year: z.number().int().describe('Base year, e.g. 2020.') }),
              z.strictObject({
                text: z.string().min(1).describe('What the figure is relative to, e.g. 各项贷款平均增速.'),
                textEn: z
                  .string()
                  .min(1)
                  .describe('The same in English (editorial), e.g. the average growth of all loans.'),
              }),
            ])
            .nullable()
            .describe('What the figure is measured against, if anything.'),
          deadline: z
            .number()
            .int()
            .nullable()
            .describe('Year by which the target is to be met; null if none is stated.'),
          quote: z.string().min(1).describe('The words of the plan the target comes from, verbatim.'),
          location: z
            .string()
            .min(1)
            .describe('Outline place of the paragraph or measure the quote stands in, e.g. 一（二） or 二（六）15.'),
          note: z
            .string()
            .nullable()
            .describe('Editorial note (Chinese), e.g. when a value looks implausible as printed.'),
          noteEn: z
            .string()
            .nullable()
            .describe('The note in English (editorial translation); null exactly when note is null.'),
        }),
      )
      .describe('The targets, plan by plan.'),
  })
  .describe('Quantitative targets stated in the plans.');

type TargetEntry = z.output<typeof targetsSchema>['targets'][number];
export type Metric = z.output<typeof targetsSchema>['metrics'][number];

export interface Target extends TargetEntry {
  /** Link to the place on the plan's reading page. */
  url: string;
  /** The measure the quote is in, if it is in one. */
  measure: string | null;
}

export interface TargetTable {
  metrics: Metric[];
  targets: Target[];
  /** The metric with this id; throws for an unknown id. */
  metric(id: string): Metric;
}

/** The words for how a figure binds, and the comparator each stands for; the first match wins (不低于 before 低于). */
const COMPARATOR_WORDS: readonly [RegExp, (typeof COMPARATORS)[number]][] = [
  [/以上|不低于|不少于|至少/, '≥'],
  [/以下|不超过|不高于|不多于|至多/, '≤'],
  [/超过|高于|多于/, '>'],
  [/低于|少于/, '<'],
];

/** The numbers a printed figure states, without years (到2025年) and with full-width digits read. */
function printedNumbers(text: string): number[] {
  const plain = text.normalize('NFKC').replace(/\s+/g, '');
  return [...plain.matchAll(/(\d+(?:\.\d+)?)(年)?/g)].filter((m) => !m[2]).map((m) => Number(m[1]));
}

type TargetFail = (field: string, problem: string, found: string, expected: string) => void;

/**
 * The figure, its comparator and its deadline must be what the quote prints: value is a number
 * in valueText, the comparator agrees with 以上/不低于/超过/低于…, and the deadline year stands
 * in the words at its location, or the note says where it comes from (an editorial inference).
 */
function checkAgainstQuote(target: TargetEntry, place: string, fail: TargetFail) {
  if ((target.note === null) !== (target.noteEn === null))
    fail(
      'noteEn',
      target.note === null ? 'an English note without a Chinese note' : 'the note has no English',
      target.noteEn === null ? 'null' : `"${target.noteEn}"`,
      'noteEn: null exactly when note is null, else the note in English',
    );
  const numbers = printedNumbers(target.valueText);
  if (target.value !== null) {
    if (numbers.length === 0 && target.note === null) {
      fail(
        'value',
        'value is not a figure the plan prints',
        String(target.value),
        `null, or a note saying how ${target.value} was derived from "${target.valueText}"`,
      );
    } else if (numbers.length > 0 && !numbers.includes(Math.abs(target.value))) {
      fail(
        'value',
        'value does not match the figure as printed',
        String(target.value),
        `${numbers.join(' or ')}, as printed in "${target.valueText}"`,
      );
    }
  }
  const word = COMPARATOR_WORDS.find(([pattern]) => pattern.test(target.valueText));
  if (word && word[1] !== target.comparator) {
    fail(
      'comparator',
      'comparator contradicts the figure as printed',
      `"${target.comparator}"`,
      `"${word[1]}" for ${word[0].exec(target.valueText)![0]} in "${target.valueText}"`,
    );
  }
  if (target.deadline !== null) {
    const words = place.normalize('NFKC').replace(/\s+/g, '');
    if (!words.includes(`${target.deadline}年`) && !(target.note ?? '').includes(String(target.deadline))) {
      fail(
        'deadline',
        `deadline is not a year printed at ${target.location}`,
        String(target.deadline),
        `${printedYears(words) || 'null (the text states no year)'}, or a note saying where ${target.deadline} comes from`,
      );
    }
  }
}

function printedYears(quote: string): string {
  return [...quote.matchAll(/(\d{4})年/g)].map((m) => m[1]).join(' or ');
}

/**
 * Reads the targets and checks each against the plan: known plan and metric, a location that
 * exists, a quote that stands verbatim at that location, and a figure, comparator and deadline
 * that agree with the quote. Problems go to `problems`.
 */
export function buildTargets(text: string, library: Library, problems: ContentProblems): TargetTable {
  const table = checkTargets(text, library, problems);
  return table ?? { metrics: [], targets: [], metric: lookupBy<Metric>([], (m) => m.id, 'metric') };
}

function checkTargets(text: string, library: Library, problems: ContentProblems): TargetTable | undefined {
  const before = problems.count;
  const read = readYamlData(TARGETS_FILE, text, targetsSchema, problems);
  if (!read) return undefined;
  const { source, data: file } = read;
  const failAt = (path: (string | number)[], problem: string, found?: string, expected?: string) =>
    problems.report({ file: TARGETS_FILE, line: lineOf(source, path), field: path.join('.') }, problem, {
      found,
      expected,
    });

  const metricIds = file.metrics.map((m) => m.id);
  const unchecked = library.unchecked ?? new Set<string>();
  const unknownPlans = new Set<string>();
  const targets: Target[] = [];
  file.targets.forEach((target, i) => {
    const plan = library.plans.find((p) => p.slug === target.plan);
    if (!plan) {
      // A plan left out for its own problems, or reported once already.
      if (unchecked.has(target.plan) || unknownPlans.has(target.plan)) return;
      unknownPlans.add(target.plan);
      return failAt(
        ['targets', i, 'plan'],
        `unknown plan "${target.plan}" (content/plans/${target.plan}.mdx does not exist)`,
        `"${target.plan}"`,
        `one of ${library.plans.map((p) => p.slug).join(', ')}`,
      );
    }
    if (!metricIds.includes(target.metric))
      failAt(
        ['targets', i, 'metric'],
        `unknown metric "${target.metric}"`,
        `"${target.metric}"`,
        `one of ${metricIds.join(', ')}`,
      );
    if ((target.value === null) !== (target.unit === null))
      failAt(
        ['targets', i, 'unit'],
        'unit must be null exactly when value is null',
        `value ${target.value}, unit ${target.unit}`,
        target.value === null ? 'unit: null' : 'the unit of the value, e.g. 亿元',
      );
    if ((target.unit === null) !== (target.unitEn === null))
      failAt(
        ['targets', i, 'unitEn'],
        'unitEn must be null exactly when unit is null',
        `unit ${target.unit}, unitEn ${target.unitEn}`,
        target.unit === null ? 'unitEn: null' : `the English of ${target.unit}, e.g. 100 million yuan`,
      );
    const block = plan.blocks.find((b) => b.place === target.location);
    if (!block)
      return failAt(
        ['targets', i, 'location'],
        `no place ${target.location} in ${plan.slug}`,
        `"${target.location}"`,
        'an outline label of the plan such as 一（二）',
      );
    const words = block.kind === 'measure' ? block.paragraphs.join('') : 'text' in block ? block.text : '';
    if (!words.includes(target.quote)) {
      return failAt(
        ['targets', i, 'quote'],
        `quote does not stand verbatim at ${plan.slug} ${target.location}`,
        `"${target.quote}"`,
        `words exactly as printed at ${target.location}: "${words.slice(0, 40)}${words.length > 40 ? '…' : ''}"`,
      );
    }
    // The page shows valueText as the plan's own words, so it must be a part of the quote.
    if (!target.quote.includes(target.valueText)) {
      failAt(
        ['targets', i, 'valueText'],
        'valueText is not in the quote',
        `"${target.valueText}"`,
        'the figure exactly as printed in the quote',
      );
    } else
      checkAgainstQuote(target, words, (field, problem, found, expected) =>
        failAt(['targets', i, field], problem, found, expected),
      );
    targets.push({
      ...target,
      url: block.measure ? measureInPlanPath(block.measure) : planAnchorPath(plan.slug, block.anchor!),
      measure: block.measure?.id ?? null,
    });
  });
  if (problems.count > before) return undefined;
  return { metrics: file.metrics, targets, metric: lookupBy(file.metrics, (m) => m.id, 'metric') };
}

/** Metrics set by at least two plans with numbers in the same unit: the ones a chart can compare. */
export function comparableMetrics(table: TargetTable): Metric[] {
  return table.metrics.filter((metric) => {
    const numeric = table.targets.filter((t) => t.metric === metric.id && t.value !== null);
    return new Set(numeric.map((t) => t.plan)).size >= 2 && new Set(numeric.map((t) => t.unit)).size === 1;
  });
}

/**
 * Units that count whole things (bonds, funds, institutions): a chart of such a metric gets
 * whole-number ticks, since 0.2 of a bond means nothing. Any other unit (%, 亿元, 倍) is a quantity.
 */
const COUNT_UNITS: ReadonlySet<string> = new Set(['只', '个', '家', '项', '笔', '支', '户', '条', '件']);

/** Whether a target's unit counts whole things. */
export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit);
}
