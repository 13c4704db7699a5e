/**
 * An annex 任务分解表 (task breakdown table: 序号 / 工作举措 / 牵头单位 / 责任单位) splits measures into
 * tasks with their own lead and responsible units. Each task is linked to the measure whose text
 * contains it, so the differences between the annex and the measure text can be shown.
 */
import type { Block } from './document.ts';
import type { ContentProblems } from '#lib/content/errors.ts';

/** Only the fields of a measure this module needs (avoids a cycle with plan-model). */
interface MeasureLike {
  id: string;
  text: string;
  units: { lead: string[]; responsible: string[] } | null;
}

export interface AnnexTask {
  /** The 序号 as printed. */
  number: number;
  text: string;
  lead: string[];
  responsible: string[];
  /** Id of the measure this task breaks down. */
  measure: string;
  /** Lead units the annex names that the measure's own lead list does not. */
  leadNotInMeasure: string[];
  /** Lead units of the measure that the annex leaves out for this task. */
  measureLeadNotInTask: string[];
  /** Line of the row in the plan's MDX file (for messages). */
  line: number;
}

export const TASK_TABLE_HEADER = ['序号', '工作举措', '牵头单位', '责任单位'] as const;

function splitUnits(cell: string): string[] {
  return cell
    .split(/[、，,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Task and measure texts are compared without their closing punctuation: a task may end 。 where the measure goes on with ；. */
function comparable(text: string): string {
  return text.replace(/[。；;，,]$/u, '');
}

export function readAnnexTasks(
  file: string,
  blocks: readonly Block[],
  measures: readonly MeasureLike[],
  problems: ContentProblems,
  /** Texts of measures that could not be built (already reported): a task in one is not reported again. */
  unbuilt: readonly string[] = [],
): AnnexTask[] {
  const tasks: AnnexTask[] = [];
  // Rows reported as faulty still count, so one bad row does not put the next ones out of sequence.
  let skipped = 0;
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    if (block.header.join('|') !== TASK_TABLE_HEADER.join('|')) {
      problems.report({ file, line: block.line, field: 'table header' }, 'a table must be a task breakdown', {
        found: `the columns ${block.header.join(' | ')}`,
        expected: `the columns ${TASK_TABLE_HEADER.join(' | ')}`,
      });
      continue;
    }
    for (const [index, row] of block.rows.entries()) {
      const [numberCell = '', text = '', leadCell = '', responsibleCell = ''] = row;
      const line = block.line + 2 + index;
      const number = Number(numberCell);
      if (!Number.isInteger(number) || number !== tasks.length + skipped + 1) {
        problems.report({ file, line, field: '序号' }, `task number out of sequence`, {
          found: `"${numberCell}"`,
          expected: `${tasks.length + skipped + 1}`,
        });
        skipped++;
        continue;
      }
      const needle = comparable(text);
      const owners = measures.filter((m) => m.text.includes(needle));
      if (owners.length === 0 && unbuilt.some((text) => text.includes(needle))) {
        skipped++;
        continue;
      }
      if (owners.length !== 1) {
        problems.report(
          { file, line, field: '工作举措' },
          owners.length === 0
            ? `task ${number} is not found in the text of any measure`
            : `task ${number} matches several measures (${owners.map((m) => m.id).join(', ')})`,
          {
            found: `"${text.slice(0, 20)}…"`,
            expected:
              owners.length === 0
                ? 'words repeated from the measure the task breaks down'
                : 'words that stand in exactly one measure',
          },
        );
        skipped++;
        continue;
      }
      const measure = owners[0]!;
      const lead = splitUnits(leadCell);
      const measureLead = measure.units?.lead ?? [];
      tasks.push({
        number,
        text,
        lead,
        responsible: splitUnits(responsibleCell),
        measure: measure.id,
        leadNotInMeasure: lead.filter((u) => !measureLead.includes(u)),
        measureLeadNotInTask: measureLead.filter((u) => !lead.includes(u)),
        line,
      });
    }
  }
  return tasks;
}
