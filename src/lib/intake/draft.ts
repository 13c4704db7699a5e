/**
 * A received text → a draft plan: the MDX file (frontmatter it could read, body in the project's
 * vocabulary) and the plan the project's own parser makes of it, with every problem the checks
 * find. Pure: runs in Node and in the browser.
 */
import { stringify } from 'yaml';
import { ContentProblems, type ContentError } from '#lib/content/errors.ts';
import { readPlanSource } from '#lib/plan/document.ts';
import { buildPlan, type Plan } from '#lib/plan/model.ts';
import { structure, type DraftDocument } from './structure.ts';
import { renderBody } from './mdx.ts';
import { readFrontmatter, type LibraryPlanRef, type MissingField, type ReadFrontmatter } from './frontmatter.ts';

export interface Draft {
  slug: string;
  /** Path of the draft for messages: content/plans/<slug>.mdx. */
  file: string;
  /** The MDX file as written: only what the text prints (unread fields empty). */
  mdx: string;
  frontmatter: ReadFrontmatter;
  missing: MissingField[];
  /** Proposed values for unread editorial fields (shortName). */
  proposed: Partial<ReadFrontmatter>;
  document: DraftDocument;
  /** The plan as the project's parser reads the draft with the proposals accepted (undefined if it cannot). */
  plan?: Plan;
  /** What the content checks report on that draft. */
  problems: ContentError[];
}

export function frontmatterYaml(frontmatter: ReadFrontmatter, missing: readonly MissingField[]): string {
  const notes = missing.map((m) => `# TO DO ${m.field}: ${m.why}; expected ${m.expected}`);
  return ['---', ...notes, stringify(frontmatter, { lineWidth: 0 }).trimEnd(), '---', ''].join('\n');
}

/** Builds a plan from MDX text in memory, as check-content would; never throws for a content problem. */
export function planOf(slug: string, file: string, mdx: string, sourceRaw: string | undefined) {
  const problems = new ContentProblems();
  let plan: Plan | undefined;
  const caught = problems.guard(file, () => {
    const source = readPlanSource(file, mdx, problems);
    plan = source && buildPlan(slug, source, problems, sourceRaw);
    return true;
  });
  void caught;
  return { plan, problems: problems.errors };
}

export function draftPlan(
  text: string,
  options: { slug: string; sourceName: string; library: readonly LibraryPlanRef[] },
): Draft {
  const document = structure(text);
  const { frontmatter, missing, shortName } = readFrontmatter(document, options.sourceName, options.library);
  const body = renderBody(document.blocks);
  const file = `content/plans/${options.slug}.mdx`;
  const mdx = frontmatterYaml(frontmatter, missing) + '\n' + body;
  const proposed: Partial<ReadFrontmatter> = shortName ? { shortName } : {};
  const accepted = { ...frontmatter, ...proposed };
  const acceptedMdx = frontmatterYaml(accepted, missing) + '\n' + body;
  // The model without the comparison with the source (which fails on page furniture left in the
  // received text), then every problem the checks find with it.
  const { plan } = planOf(options.slug, file, acceptedMdx, undefined);
  const { problems } = planOf(options.slug, file, acceptedMdx, text);
  return { slug: options.slug, file, mdx, frontmatter, missing, proposed, document, plan, problems };
}
