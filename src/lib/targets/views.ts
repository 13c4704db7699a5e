/** What the targets page shows, and how it words a target: baseline, deadline, comparator in Chinese. */
import { comparableMetrics, type Metric, type Target, type TargetTable } from './targets.ts';
import type { Library } from '#lib/plan/library.ts';
import { barGeometry, type BarGeometry } from '#lib/charts/bars.ts';
import { targetNoteAnchor } from '#lib/site/paths.ts';
import { PLANS_AS_COLUMNS, planColumns, plansListedOneByOne } from '#lib/plan/columns.ts';

export const COMPARATOR_WORDS: Readonly<Record<Target['comparator'], string>> = {
  '≥': '不低于',
  '>': '高于',
  '=': '等于',
  '≤': '不高于',
  '<': '低于',
};

export function baselineText(target: Target): string {
  if (target.baseline === null) return '—';
  return 'year' in target.baseline ? `${target.baseline.year}年` : target.baseline.text;
}

export function deadlineText(target: Target): string {
  return target.deadline === null ? '未写明' : `${target.deadline}年`;
}

export interface TargetChart {
  metric: Metric;
  /** The unit all its values share. */
  unit: string;
  geometry: BarGeometry;
  /** The chart's accessible description: every plan's figure as printed. */
  described: string;
}

/**
 * What /targets/ shows: the metric × plan table, a chart per comparable metric, the editorial notes.
 * Up to 12 plans the table has a column per plan; beyond, a column per province, where each figure
 * names its plan (src/lib/plan/columns.ts). Targets are indexed once by metric and plan.
 */
export function targetsPage(library: Library, table: TargetTable, limit: number = PLANS_AS_COLUMNS) {
  const name = (slug: string) => library.plan(slug).meta.shortName;
  const columns = planColumns(library.plans, limit);
  const byProvince = !plansListedOneByOne(library.plans, limit);
  const byMetricAndPlan = new Map<string, Target[]>();
  for (const target of table.targets) {
    const key = `${target.metric} ${target.plan}`;
    const list = byMetricAndPlan.get(key);
    if (list) list.push(target);
    else byMetricAndPlan.set(key, [target]);
  }
  const rows = table.metrics.map((metric) => ({
    metric,
    cells: columns.map((column) =>
      column.plans.flatMap((plan) =>
        (byMetricAndPlan.get(`${metric.id} ${plan.slug}`) ?? []).map((target) => ({
          target,
          noteAnchor: target.note === null ? null : targetNoteAnchor(target),
          /** The plan's name, set when a column holds several plans. */
          planName: byProvince ? name(plan.slug) : null,
        })),
      ),
    ),
  }));
  const charts: TargetChart[] = comparableMetrics(table).map((metric) => {
    const targets = table.targets.filter((t) => t.metric === metric.id && t.value !== null);
    return {
      metric,
      unit: targets[0]!.unit!,
      geometry: barGeometry({
        items: targets.map((t) => ({ id: t.plan, label: name(t.plan), value: t.value!, text: t.valueText })),
      }),
      described: targets.map((t) => `${name(t.plan)}：${t.valueText}`).join('；'),
    };
  });
  const notes = table.targets
    .filter((t) => t.note !== null)
    .map((target) => ({
      target,
      anchor: targetNoteAnchor(target),
      planName: name(target.plan),
      metricName: table.metric(target.metric).name,
    }));
  const sources = table.targets.map((target) => ({
    target,
    planName: name(target.plan),
    metricName: table.metric(target.metric).name,
  }));
  return { columns: columns.map(({ id, label }) => ({ id, label })), rows, charts, notes, sources };
}
