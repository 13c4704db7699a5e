/**
 * Quantitative targets (content/targets.yaml): editorial data that quotes the plans. Every quote
 * must stand verbatim at its stated place in the plan, so a reader can check each figure.
 */
import { z } from 'astro/zod';
import { ContentError, ContentErrors } from '#lib/content/errors.ts';
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
          id: z
            .string()
            .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id')
            .describe('Stable id of the metric.'),
          name: z.string().min(1).describe('Chinese name, e.g. 绿色贷款余额.'),
          nameEn: z.string().min(1).describe('English label.'),
          description: z.string().min(1).describe('What the metric measures (Chinese).'),
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
          comparator: z.enum(COMPARATORS).describe('How the figure binds: 以上/不低于 → ≥, 超过 → >, 达到 → =.'),
          baseline: z
            .union([
              z.strictObject({ year: z.number().int().describe('Base year, e.g. 2020.') }),
              z.strictObject({
                text: z.string().min(1).describe('What the figure is relative to, e.g. 各项贷款平均增速.'),
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

/**
 * Reads the targets and checks each against the plan: known plan and metric, a location that
 * exists, and a quote that stands verbatim at that location. Throws ContentErrors naming the line.
 */
export function buildTargets(text: string, library: Library): TargetTable {
  const { source, data: file } = readYamlData(TARGETS_FILE, text, targetsSchema);
  const errors: ContentError[] = [];
  const fail = (path: (string | number)[], problem: string) =>
    errors.push(new ContentError({ file: TARGETS_FILE, line: lineOf(source, path), field: path.join('.') }, problem));

  const metricIds = file.metrics.map((m) => m.id);
  const targets: Target[] = [];
  file.targets.forEach((target, i) => {
    const plan = library.plans.find((p) => p.slug === target.plan);
    if (!plan)
      return fail(
        ['targets', i, 'plan'],
        `unknown plan "${target.plan}"; expected one of ${library.plans.map((p) => p.slug).join(', ')}`,
      );
    if (!metricIds.includes(target.metric))
      fail(['targets', i, 'metric'], `unknown metric "${target.metric}"; expected one of ${metricIds.join(', ')}`);
    if ((target.value === null) !== (target.unit === null))
      fail(['targets', i, 'unit'], 'unit must be null exactly when value is null');
    const block = plan.blocks.find((b) => b.place === target.location);
    if (!block)
      return fail(
        ['targets', i, 'location'],
        `no place ${target.location} in ${plan.slug}; expected an outline label such as 一（二）`,
      );
    const words = block.kind === 'measure' ? block.paragraphs.join('') : 'text' in block ? block.text : '';
    if (!words.includes(target.quote)) {
      return fail(
        ['targets', i, 'quote'],
        `quote "${target.quote}" does not stand verbatim at ${plan.slug} ${target.location}`,
      );
    }
    // The page shows valueText as the plan's own words, so it must be a part of the quote.
    if (!target.quote.includes(target.valueText)) {
      fail(
        ['targets', i, 'valueText'],
        `valueText "${target.valueText}" is not in the quote; expected the figure exactly as printed there`,
      );
    }
    targets.push({
      ...target,
      url: block.measure ? measureInPlanPath(block.measure) : planAnchorPath(plan.slug, block.anchor!),
      measure: block.measure?.id ?? null,
    });
  });
  if (errors.length > 0) throw new ContentErrors(errors);
  return { metrics: file.metrics, targets, metric: lookupBy(file.metrics, (m) => m.id, 'metric') };
}

/** Metrics set by at least two plans with numbers in the same unit: the ones a chart can compare. */
export function comparableMetrics(table: TargetTable): Metric[] {
  return table.metrics.filter((metric) => {
    const numeric = table.targets.filter((t) => t.metric === metric.id && t.value !== null);
    return new Set(numeric.map((t) => t.plan)).size >= 2 && new Set(numeric.map((t) => t.unit)).size === 1;
  });
}
