/** The plan model the site is built from: the types most of the code imports. */
import type { Block } from './document.ts';
import type { PlanFrontmatter } from './schema.ts';
import type { OutlinePath } from './outline-labels.ts';
import type { MeasureUnits } from './measure-units.ts';
import type { AnnexTask } from './annex-tasks.ts';

/** A heading above a measure, as printed, with the anchor of that heading on the plan page. */
export interface SectionRef {
  text: string;
  anchor: string;
}

export interface Measure {
  /** `<slug>/<number>`, e.g. tongnan/9 or panzhihua/3.1.2. Stable: it is part of the measure's URL. */
  id: string;
  plan: string;
  /** The plan's own numbering: 9 (sequential plans) or 3.1.2 (三（一）2, outline plans). */
  number: string;
  /** The numbering label as printed at the start of the measure, e.g. "9." or "（一）". */
  label: string;
  /** Its place in the outline in the form Chinese documents cite, e.g. 二（四）9 or 三（一）2. */
  place: string;
  /** The measure's lead sentence without its full stop, e.g. 积极参与碳金融市场发展. */
  title: string;
  /** The measure's paragraphs exactly as printed, the first one starting with its label. */
  paragraphs: string[];
  /** The full text as printed without the numbering label; paragraphs joined by a line break. */
  text: string;
  /** The text without the units parenthetical: what the measure says, for comparison. */
  substance: string;
  /** The headings above the measure, outermost first. */
  sections: SectionRef[];
  /** Lead and responsible units; null where the plan names none for this measure. */
  units: MeasureUnits | null;
  /** True when our source text breaks off inside this measure. */
  truncated: boolean;
  /** Line of the measure in its MDX file. */
  line: number;
}

/** A block of the plan with what the reading page needs to anchor and link it. */
export type PlanBlock = Block & {
  /** The HTML id of the block on the plan page, when it has one. */
  anchor?: string;
  /** The outline place of a labelled block, e.g. 一（二）, and the same as numbers. */
  place?: string;
  path?: OutlinePath;
  /** For measure blocks: the measure built from it. */
  measure?: Measure;
};

export interface Plan {
  slug: string;
  file: string;
  meta: PlanFrontmatter;
  blocks: PlanBlock[];
  measures: Measure[];
  annexTasks: AnnexTask[];
}

/** The blocks of one kind, typed as that kind. */
export function blocksOf<K extends PlanBlock['kind']>(
  blocks: readonly PlanBlock[],
  kind: K,
): Extract<PlanBlock, { kind: K }>[] {
  return blocks.filter((b): b is Extract<PlanBlock, { kind: K }> => b.kind === kind);
}
