/**
 * A received text → a draft plan: the MDX file (frontmatter it could read, body in the project's
 * vocabulary) and the plan the project's own parser makes of it, with every problem the checks
 * find. Pure: runs in Node and in the browser.
 */
import { stringify } from 'yaml';
import { ContentProblems, type ContentError } from '#lib/content/errors.ts';
import { readPlanSource } from '#lib/plan/document.ts';
import { buildPlan, type Plan } from '#lib/plan/model.ts';
import { walkOutline } from '#lib/plan/outline-walk.ts';
import { readAnnexTasks } from '#lib/plan/annex-tasks.ts';
import type { PlanFrontmatter } from '#lib/plan/schema.ts';
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
  // Dates quoted, as in the curated plans: YAML 1.1 tools would read a bare 2023-03-30 as a timestamp.
  const yaml = stringify(frontmatter, { lineWidth: 0 })
    .trimEnd()
    .replace(/^(dateIssued|datePrinted): (\d{4}-\d{2}-\d{2})$/gm, '$1: "$2"');
  return ['---', ...notes, yaml, '---', ''].join('\n');
}

/** Every problem check-content reports on a plan file in memory; never throws for a content problem. */
export function problemsOf(slug: string, file: string, mdx: string, sourceRaw: string | undefined): ContentError[] {
  const problems = new ContentProblems();
  problems.guard(file, () => {
    const source = readPlanSource(file, mdx, problems);
    return source && buildPlan(slug, source, problems, sourceRaw);
  });
  return problems.errors;
}

/**
 * The plan the project's parser makes of the draft body, whatever the frontmatter lacks: the
 * outline walk and the annex reader run on the blocks with `meta` as given (unread facts filled
 * with placeholders), so measures are read even before an editor has completed the frontmatter.
 */
export function modelOf(slug: string, file: string, body: string, meta: PlanFrontmatter): Plan | undefined {
  const problems = new ContentProblems();
  return problems.guard(file, () => {
    const source = readPlanSource(file, `---\ntitle: x\n---\n${body}`, problems);
    if (!source) return undefined;
    const { blocks, measures } = walkOutline(file, slug, meta, source.blocks, problems, source.sound);
    const annexTasks = readAnnexTasks(file, blocks, measures, new ContentProblems(), []);
    return { slug, file, meta, blocks, measures, annexTasks };
  });
}

/** Placeholders for facts the text does not print, so the draft can be compared before it is completed. */
export function withPlaceholders(frontmatter: ReadFrontmatter, document: DraftDocument): PlanFrontmatter {
  const firstTitle = document.blocks.find((b) => b.kind === 'title');
  return {
    ...frontmatter,
    title: frontmatter.title || (firstTitle?.kind === 'title' ? firstTitle.text : '（未读出标题）'),
    shortName: frontmatter.shortName || '草稿',
    issuers: frontmatter.issuers.length ? frontmatter.issuers : ['（未读出）'],
    // Unknown date: the text counts as the latest plan, so its counterparts are drawn from the library.
    dateIssued: frontmatter.dateIssued || '9999-12-31',
    region: { ...frontmatter.region, province: frontmatter.region.province || '（未读出）' },
    level: frontmatter.level || 'district-plan',
  } as PlanFrontmatter;
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
  const plan = modelOf(options.slug, file, body, withPlaceholders(accepted, document));
  const problems = problemsOf(options.slug, file, acceptedMdx, text);
  return { slug: options.slug, file, mdx, frontmatter, missing, proposed, document, plan, problems };
}
