/**
 * The library: every plan in content/plans, built and cross-checked. Pure: it is given the files'
 * text, so the build script, the site and the tests all build it the same way.
 */
import type { ContentProblems } from '#lib/content/errors.ts';
import { checkCharacters } from '#lib/content/characters.ts';
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
  /**
   * Slugs of the plans that have problems and are left out: checks of the other files do not
   * report references into them, so each problem is reported once.
   */
  unchecked?: ReadonlySet<string>;
}

export const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/;

export function slugOfFile(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

/**
 * Builds the library. `sources` are the received texts in content/sources by file name, which
 * plans must name and match. Every problem goes to `problems`.
 */
export function buildLibrary(
  files: readonly PlanFile[],
  sources: Readonly<Record<string, string>>,
  problems: ContentProblems,
): Library {
  const collector = problems;
  const built: { plan: Plan; source: PlanSource }[] = [];
  const unchecked = new Set<string>();
  for (const { file, raw } of files) {
    const slug = slugOfFile(file);
    if (!SLUG_PATTERN.test(slug)) {
      collector.report({ file, field: 'file name' }, 'the file name is not a slug', {
        found: `"${slug}.mdx"`,
        expected: 'lower-case letters, digits and hyphens, starting with a letter, e.g. tongnan.mdx',
      });
      continue;
    }
    const before = collector.count;
    const result = collector.guard(file, () => {
      const source = readPlanSource(file, raw, collector);
      const sourceName = source?.frontmatter.value && (source.frontmatter.value as { source?: unknown }).source;
      const sourceRaw = typeof sourceName === 'string' ? sources[sourceName] : undefined;
      checkCharacters(file, raw, sourceRaw, collector);
      const plan = source && buildPlan(slug, source, collector, sourceRaw);
      return plan && source ? { plan, source } : undefined;
    });
    if (result && collector.count === before) built.push(result);
    else unchecked.add(slug);
  }
  const slugs = new Set([...built.map(({ plan }) => plan.slug), ...unchecked]);
  const sourceNames = Object.keys(sources);
  const firstWith = new Map<string, string>();
  for (const { plan, source } of built) {
    const at = (field: string, ...path: (string | number)[]) => ({
      file: plan.file,
      line: lineOf(source.frontmatter, path),
      field,
    });
    plan.meta.basis.forEach((basis, i) => {
      if (basis.plan !== undefined && !slugs.has(basis.plan)) {
        collector.report(
          at(`basis.${i}.plan`, 'basis', i, 'plan'),
          'basis refers to a plan that is not in the library',
          {
            found: `"${basis.plan}"`,
            expected: `one of ${[...slugs].join(', ')} or no plan field`,
          },
        );
      }
    });
    if (!(plan.meta.source in sources)) {
      collector.report(at('source', 'source'), 'source is not a file in content/sources', {
        found: `"${plan.meta.source}"`,
        expected: `one of ${sourceNames.join(', ')}`,
      });
    }
    // The same document twice under two file names would be published twice: one problem per
    // pair of files, naming every fact they share.
    const facts: [string, string | undefined, (string | number)[]][] = [
      ['title', plan.meta.title, ['title']],
      ['documentNumber', plan.meta.documentNumber?.value, ['documentNumber', 'value']],
      ['source', plan.meta.source, ['source']],
    ];
    const shared = new Map<string, { field: string; value: string; path: (string | number)[] }[]>();
    for (const [field, value, path] of facts) {
      if (value === undefined) continue;
      const other = firstWith.get(`${field}\u0000${value}`);
      if (other) shared.set(other, [...(shared.get(other) ?? []), { field, value, path }]);
      else firstWith.set(`${field}\u0000${value}`, plan.file);
    }
    for (const [other, same] of shared) {
      // Neither copy is checked against the data files until the editor decides which one stays.
      unchecked.add(slugOfFile(other));
      collector.report(at(same[0]!.field, ...same[0]!.path), `this plan repeats ${other}`, {
        found: same.map(({ field, value }) => `${field} "${value}"`).join(', ') + `, as in ${other}`,
        expected: 'each plan once: delete one of the two files, or correct these fields',
      });
    }
  }
  for (const { plan } of built) if (collector.concerns(plan.file)) unchecked.add(plan.slug);
  return { ...libraryOf(built.filter(({ plan }) => !unchecked.has(plan.slug)).map(({ plan }) => plan)), unchecked };
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
