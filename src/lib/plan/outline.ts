/** The table of contents of a plan's reading page, built from its blocks. */
import type { Plan } from './model.ts';

export interface OutlineNode {
  /** Text shown in the outline: a heading as printed, or a measure's label and title. */
  text: string;
  anchor: string;
  /** For measures: the id, so the outline can also link the measure's own page. */
  measureId?: string;
  children: OutlineNode[];
}

/** Document titles at the top, parts (一、) under them, sections （一） under parts, measures under their heading. */
export function planOutline(plan: Plan): OutlineNode[] {
  const roots: OutlineNode[] = [];
  // The open node at each depth: 0 = document title, 1 = part, 2 = section.
  const open: (OutlineNode | undefined)[] = [];
  const attach = (node: OutlineNode, depth: number) => {
    const parent = open.slice(0, depth).reverse().find(Boolean);
    (parent ? parent.children : roots).push(node);
    open.length = depth;
    open[depth] = node;
  };
  for (const block of plan.blocks) {
    if (block.kind === 'heading' && block.anchor) {
      attach({ text: block.text, anchor: block.anchor, children: [] }, block.depth - 1);
    } else if (block.kind === 'measure' && block.measure) {
      const { measure } = block;
      const node = {
        text: `${measure.label} ${measure.title}`,
        anchor: measure.number,
        measureId: measure.id,
        children: [],
      };
      const parent = open.slice(0, 3).reverse().find(Boolean);
      (parent ? parent.children : roots).push(node);
    }
  }
  return roots;
}
