/**
 * Turns a plan's blocks into the model the site is built from, checking everything that can be
 * checked against the plan's own text and its source. Problems go to the collector; the plan is
 * returned only when it has none. The types live in types.ts, the outline walk in
 * outline-walk.ts, the frontmatter checks in frontmatter-checks.ts.
 */
import type { PlanSource } from './document.ts';
import { validateYaml } from '#lib/content/yaml.ts';
import type { ContentProblems } from '#lib/content/errors.ts';
import { planFrontmatterSchema } from './schema.ts';
import { readAnnexTasks } from './annex-tasks.ts';
import { walkOutline } from './outline-walk.ts';
import { checkAgainstText, markTruncation } from './frontmatter-checks.ts';
import { compareWithSource } from './source-text.ts';
import type { Plan } from './types.ts';

export type { Measure, Plan, PlanBlock, SectionRef } from './types.ts';
export { MAX_TITLE_LENGTH } from './outline-walk.ts';

/**
 * Builds one plan. `sourceRaw` is the text of the file its `source:` names (undefined when that
 * file does not exist; the library reports that). Returns undefined if the plan has a problem.
 */
export function buildPlan(
  slug: string,
  source: PlanSource,
  problems: ContentProblems,
  sourceRaw?: string,
): Plan | undefined {
  const { file } = source;
  const before = problems.count;
  const meta = validateYaml(source.frontmatter, planFrontmatterSchema, problems);
  if (!meta) return undefined;
  const beforeBody = problems.count;
  const { blocks, measures } = walkOutline(file, slug, meta, source.blocks, problems, source.sound);
  const unbuilt = blocks.flatMap((b) => (b.kind === 'measure' && !b.measure ? [b.paragraphs.join('\n')] : []));
  const annexTasks = readAnnexTasks(file, blocks, measures, problems, unbuilt);
  // The text against its source only when the body has no problem of its own: an edit that broke a
  // measure or a row would otherwise be reported twice.
  if (source.sound && problems.count === beforeBody && sourceRaw !== undefined)
    compareWithSource(file, meta.source, source.blocks, sourceRaw, problems);
  // Facts against the text only when every block could be read (a dropped <Signature> is one problem).
  if (source.sound) checkAgainstText(file, meta, blocks, source.frontmatter, problems);
  markTruncation(file, meta, blocks, measures, source.frontmatter, problems);
  if (problems.count > before) return undefined;
  return { slug, file, meta, blocks, measures, annexTasks };
}
