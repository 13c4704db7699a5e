/**
 * The editorial table of name equivalents (content/name-equivalents.yaml): which names of one plan
 * stand for which names of another (重庆市 ↔ 潼南区, 在潼 ↔ 在荣, 人行合川中心支行 ↔ 人行永川分行).
 * Most names are derived from each plan's frontmatter and from content/agencies.yaml; the file
 * holds only the classes, their templates and the two facts per plan no other file has.
 */
import { z } from 'astro/zod';
import { ContentError, type ContentProblems } from '#lib/content/errors.ts';
import { lineOf, readYamlData } from '#lib/content/yaml.ts';
import type { Library } from '#lib/plan/library.ts';
import { AGENCY_TYPES, type AgencyRegistry } from '#lib/agencies/agencies.ts';

export const NAME_EQUIVALENTS_FILE = 'content/name-equivalents.yaml';

/** The placeholders a form may use; each is filled per plan (see the file's header). */
export const FORM_PLACEHOLDERS = ['place', 'placeShort', 'suffix', 'abbr', 'subdivision'] as const;
const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export const nameEquivalentsSchema = z
  .strictObject({
    places: z
      .record(
        z.string(),
        z.strictObject({
          abbr: z
            .string()
            .length(1)
            .describe('The one-character short form of the region, as in 在潼 or 驻渝 (潼, 荣, 渝).'),
          subdivision: z.string().min(1).describe('What the units one level below are called (区县, 镇街, 县（区）).'),
        }),
      )
      .describe(
        'Per plan slug: the facts about its region that the frontmatter does not hold. A plan without an entry gets only the names that need neither (e.g. a benchmark copy).',
      ),
    classes: z
      .array(
        z
          .strictObject({
            id: z
              .string()
              .regex(/^[a-z][a-z-]*$/)
              .describe('Stable id of the class of equivalent names.'),
            description: z
              .string()
              .min(1)
              .describe('What the names of this class have in common (shown as editorial).'),
            forms: z
              .array(z.string().min(1))
              .min(1)
              .optional()
              .describe(
                `Templates of the names, filled per plan; placeholders: ${FORM_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`,
              ),
            agencyType: z
              .enum(AGENCY_TYPES)
              .optional()
              .describe('Take the names from content/agencies.yaml: the aliases of this type’s units in the plan.'),
          })
          .refine((c) => (c.forms === undefined) !== (c.agencyType === undefined), {
            message: 'expected exactly one of forms or agencyType',
          }),
      )
      .min(1)
      .describe('Classes of names that are equivalent across plans.'),
  })
  .describe('Editorial table of place and unit names that play the same role in different plans.');

export type NameEquivalentsFile = z.output<typeof nameEquivalentsSchema>;

/** One name a plan prints, and the class that makes it equivalent to other plans' names. */
export interface PlanName {
  name: string;
  classId: string;
}

export interface NameTable {
  classes: NameEquivalentsFile['classes'];
  /** The names of one plan, longest first (so that 潼南区 wins over 潼南). */
  namesOf(plan: string): PlanName[];
}

/** The plan's own region and what the templates make of it. */
function placeValues(
  region: { province: string; city?: string; district?: string },
  extra: { abbr: string; subdivision: string } | undefined,
): Record<(typeof FORM_PLACEHOLDERS)[number], string | undefined> {
  const place = region.district ?? region.city ?? region.province;
  return {
    place,
    placeShort: place.slice(0, -1),
    suffix: place.slice(-1),
    abbr: extra?.abbr,
    subdivision: extra?.subdivision,
  };
}

/** A table with no names, for content whose table has problems (the build stops on them anyway). */
const EMPTY_NAME_TABLE: NameTable = { classes: [], namesOf: () => [] };

/** Reads and checks the table; every problem goes to `problems`, naming file, line and field. */
export function buildNameTable(
  text: string,
  library: Library,
  agencies: AgencyRegistry,
  problems: ContentProblems,
): NameTable {
  // YAML and schema problems are all reported before the checks below, which need the data.
  const read = readYamlData(NAME_EQUIVALENTS_FILE, text, nameEquivalentsSchema, problems);
  if (!read) return EMPTY_NAME_TABLE;
  const { source, data } = read;
  const errors: ContentError[] = [];
  const at = (path: PropertyKey[], field: string) => ({
    file: NAME_EQUIVALENTS_FILE,
    line: lineOf(source, path),
    field,
  });
  const slugs = new Set(library.plans.map((p) => p.slug));
  for (const slug of Object.keys(data.places)) {
    // A plan left out for its own problems has been reported already.
    if (!slugs.has(slug) && !library.unchecked?.has(slug))
      errors.push(
        new ContentError(
          at(['places', slug], `places.${slug}`),
          `unknown plan "${slug}" (content/plans/${slug}.mdx does not exist); found "${slug}"; expected one of ${[...slugs].join(', ')}`,
        ),
      );
  }
  const seenIds = new Set<string>();
  data.classes.forEach((c, i) => {
    if (seenIds.has(c.id))
      errors.push(
        new ContentError(at(['classes', i, 'id'], `classes.${i}.id`), `found ${c.id} twice, expected unique ids`),
      );
    seenIds.add(c.id);
    c.forms?.forEach((form, j) => {
      for (const [, key] of form.matchAll(PLACEHOLDER)) {
        if (!(FORM_PLACEHOLDERS as readonly string[]).includes(key!)) {
          errors.push(
            new ContentError(
              at(['classes', i, 'forms', j], `classes.${i}.forms.${j}`),
              `found {${key}}, expected one of ${FORM_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
            ),
          );
        }
      }
    });
  });
  if (errors.length > 0) {
    problems.add(...errors);
    return EMPTY_NAME_TABLE;
  }

  const byPlan = new Map<string, PlanName[]>();
  for (const plan of library.plans) {
    const values: Record<string, string | undefined> = placeValues(plan.meta.region, data.places[plan.slug]);
    const names = new Map<string, string>();
    for (const c of data.classes) {
      for (const form of c.forms ?? []) {
        const keys = [...form.matchAll(PLACEHOLDER)].map((m) => m[1]!);
        if (keys.every((key) => values[key]))
          names.set(
            form.replace(PLACEHOLDER, (_, key: string) => values[key]!),
            c.id,
          );
      }
      if (c.agencyType) {
        for (const agency of agencies.agencies) {
          if (agency.type !== c.agencyType || !agency.plans.includes(plan.slug)) continue;
          for (const alias of agency.aliases) names.set(alias, c.id);
        }
      }
    }
    byPlan.set(
      plan.slug,
      [...names]
        .map(([name, classId]) => ({ name, classId }))
        .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name)),
    );
  }
  return { classes: data.classes, namesOf: (plan) => byPlan.get(plan) ?? [] };
}
