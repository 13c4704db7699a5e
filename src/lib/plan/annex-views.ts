/**
 * What the plan page shows about annex tasks: each table row with the measure it breaks down, and
 * the tasks whose lead units differ from the measure's. Both components use the one rule below.
 */
import type { AnnexTask } from './annex-tasks.ts';
import type { Block } from './document.ts';
import type { Measure, Plan } from './model.ts';

/**
 * A task's lead differs from its measure's when the two lead lists, compared as sets of names as
 * printed, are not equal: the annex names a lead the measure does not, or leaves out one it names.
 */
export function taskLeadDiffers(task: AnnexTask): boolean {
  return task.leadNotInMeasure.length > 0 || task.measureLeadNotInTask.length > 0;
}

export interface AnnexRow {
  /** The cells as printed. */
  cells: string[];
  /** The task number (序号) as printed. */
  number: number;
  task?: AnnexTask;
  measure?: Measure;
  leadDiffers: boolean;
}

/** The rows of an annex task table, each with its task and measure when the annex links them. */
export function annexRows(plan: Plan, block: Extract<Block, { kind: 'table' }>): AnnexRow[] {
  const tasks = new Map(plan.annexTasks.map((t) => [String(t.number), t]));
  const measures = new Map(plan.measures.map((m) => [m.id, m]));
  return block.rows.map((cells) => {
    const task = tasks.get(cells[0]!);
    return {
      cells,
      number: Number(cells[0]),
      task,
      measure: task && measures.get(task.measure),
      leadDiffers: task !== undefined && taskLeadDiffers(task),
    };
  });
}

export interface LeadDifference {
  task: AnnexTask;
  measure: Measure;
}

/** The annex tasks whose lead differs from their measure's, and how many measures the annex breaks down. */
export function annexLeadDifferences(plan: Plan): { differing: LeadDifference[]; measuresBrokenDown: number } {
  const measures = new Map(plan.measures.map((m) => [m.id, m]));
  return {
    differing: plan.annexTasks.filter(taskLeadDiffers).map((task) => ({ task, measure: measures.get(task.measure)! })),
    measuresBrokenDown: new Set(plan.annexTasks.map((t) => t.measure)).size,
  };
}
