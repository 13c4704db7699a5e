/**
 * The library: every plan in content/plans, built and cross-checked. Pure: it is given the files'
 * text, so the build script, the site and the tests all build it the same way.
 */
import { ContentError, ContentErrors } from '#lib/content/errors.ts';
import { readPlanSource, type PlanSource } from './document.ts';
import { lineOf } from '#lib/content/yaml.ts';
import { buildPlan, type Measure, type Plan } from './model.ts';
import { PLAN_LEVELS } from './schema.ts';
import { lookupBy } from '#lib/content/lookup.ts';

export interface PlanFile {
  /** Path for messages, e.g. content/plans/tongnan.mdx; the slug is the file name without .mdx. */
  file: string;
  raw: string;
}

export interface Library {
  /** Plans in reading order: the master plan, then by level and date issued. */
  plans: Plan[];
  /** Every measure, plan by plan in document order. */
  measures: Measure[];
  /** The plan with this slug; throws for an unknown slug. */
  plan(slug: string): Plan;
  /** The measure with this id (e.g. tongnan/3); throws for an unknown id. */
  measure(id: string): Measure;
}

export const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/;

export function slugOfFile(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

/**
 * Builds the library. Throws ContentErrors listing every problem found in every file.
 * `sourceFiles` are the names of the received texts in content/sources, which plans must name.
 */
export function buildLibrary(files: readonly PlanFile[], sourceFiles: readonly string[]): Library {
  const errors: ContentError[] = [];
  const built: { plan: Plan; source: PlanSource }[] = [];
  for (const { file, raw } of files) {
    const slug = slugOfFile(file);
    if (!SLUG_PATTERN.test(slug)) {
      errors.push(
        new ContentError({ file }, `file name must be a lower-case slug such as tongnan.mdx; "${slug}" is not`),
      );
      continue;
    }
    try {
      const source = readPlanSource(file, raw);
      const plan = buildPlan(slug, source, errors);
      if (plan) built.push({ plan, source });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  const slugs = new Set(built.map(({ plan }) => plan.slug));
  for (const { plan, source } of built) {
    plan.meta.basis.forEach((basis, i) => {
      if (basis.plan !== undefined && !slugs.has(basis.plan)) {
        errors.push(
          new ContentError(
            { file: plan.file, line: lineOf(source.frontmatter, ['basis', i, 'plan']), field: `basis.${i}.plan` },
            `basis refers to plan "${basis.plan}", which is not in the library; expected one of ${[...slugs].join(', ')} or no plan field`,
          ),
        );
      }
    });
    if (!sourceFiles.includes(plan.meta.source)) {
      errors.push(
        new ContentError(
          { file: plan.file, line: lineOf(source.frontmatter, ['source']), field: 'source' },
          `source "${plan.meta.source}" is not in content/sources; expected one of ${sourceFiles.join(', ')}`,
        ),
      );
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return libraryOf(built.map(({ plan }) => plan));
}

/**
 * The library of already built plans: in reading order, with lookups by slug and id built once.
 * The site calls it on the plans of the content collection, which were built by buildLibrary.
 */
export function libraryOf(built: readonly Plan[]): Library {
  const plans = [...built].sort(
    (a, b) =>
      PLAN_LEVELS.indexOf(a.meta.level) - PLAN_LEVELS.indexOf(b.meta.level) ||
      a.meta.dateIssued.localeCompare(b.meta.dateIssued) ||
      a.slug.localeCompare(b.slug),
  );
  const measures = plans.flatMap((p) => p.measures);
  return {
    plans,
    measures,
    plan: lookupBy(plans, (p) => p.slug, 'plan'),
    measure: lookupBy(measures, (m) => m.id, 'measure'),
  };
}
