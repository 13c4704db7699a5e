/**
 * The registry of responsible units (content/agencies.yaml): every name a plan prints in a units
 * list, resolved within that plan to one canonical unit with its type and jurisdiction. The same
 * printed name (区财政局) is a different unit in each district, so names resolve per plan.
 */
import { z } from 'astro/zod';
import { kebabId } from '#lib/content/fields.ts';
import type { ContentProblems } from '#lib/content/errors.ts';
import { lookupBy } from '#lib/content/lookup.ts';
import { lineOf, readYamlData } from '#lib/content/yaml.ts';
import type { Library } from '#lib/plan/library.ts';
import type { UnitRole } from '#lib/plan/measure-units.ts';

export const AGENCIES_FILE = 'content/agencies.yaml';

const id = kebabId('pboc-hechuan');

/** The unit types plans are compared by; their names live in the registry, their ids here so code can rely on them. */
export const AGENCY_TYPES = [
  'pboc-branch',
  'regulator-branch',
  'finance-office',
  'finance-bureau',
  'development-reform',
  'ecology-environment',
  'economy-it',
  'housing-construction',
  'transport',
  'agriculture-rural',
  'forestry',
  'planning-natural-resources',
  'water',
  'state-assets',
  'science-technology',
  'big-data',
  'market-regulation',
  'tax',
  'human-resources',
  'commerce',
  'culture-tourism',
  'party-organisation',
  'leading-group',
  'local-government',
  'development-zone',
  'other',
] as const;

export const agencyRegistrySchema = z
  .strictObject({
    types: z
      .array(
        z.strictObject({
          id: z.enum(AGENCY_TYPES).describe('One of the fixed unit types.'),
          name: z.string().min(1).describe('Chinese name of the type, e.g. 人民银行分支机构.'),
          nameEn: z.string().min(1).describe('English label.'),
        }),
      )
      .describe('Every unit type, in display order.'),
    agencies: z
      .array(
        z.strictObject({
          id: id.describe('Stable id; part of the URL /agencies/<id>/.'),
          name: z.string().min(1).describe('Canonical full name at the time the plan was issued.'),
          nameEn: z
            .string()
            .min(1)
            .describe('English name (editorial translation; places in pinyin), shown on the English pages.'),
          aliases: z
            .array(z.string().min(1))
            .min(1)
            .describe('Every form printed in the plans’ unit lists, exactly as printed.'),
          type: z.enum(AGENCY_TYPES).describe('The unit type, so plans can be compared.'),
          jurisdiction: z.string().min(1).describe('Where the unit sits and what it covers (Chinese).'),
          plans: z.array(z.string()).min(1).describe('Slugs of the plans in which the aliases refer to this unit.'),
          note: z.string().optional().describe('Editorial note (Chinese): unverified names, reforms, odd printings.'),
          noteEn: z
            .string()
            .optional()
            .describe(
              'The note in English (editorial translation), shown on the English unit page; present exactly when note is.',
            ),
        }),
      )
      .describe('The canonical units.'),
    notes: z
      .strictObject({
        regulatorReform: z
          .string()
          .min(1)
          .describe('Why plans name the financial regulator differently (2023 reform).'),
        regulatorReformEn: z
          .string()
          .min(1)
          .describe('The same note in English (editorial translation), shown on the English /agencies/ page.'),
      })
      .describe('Editorial notes shown on /agencies/.'),
  })
  .describe('Registry of the units the plans name as lead or responsible.');

export type AgencyRegistryFile = z.output<typeof agencyRegistrySchema>;
export type AgencyType = AgencyRegistryFile['types'][number];
export type Agency = AgencyRegistryFile['agencies'][number];

/** One place a unit is named: a measure's list, or an annex task's column. */
export interface UnitMention {
  agency: string;
  plan: string;
  role: UnitRole;
  /** The measure, or the measure an annex task breaks down. */
  measure: string;
  /** The annex task number when the mention is in an annex table. */
  task?: number;
  /** The name as printed. */
  printed: string;
}

export interface AgencyRegistry {
  types: AgencyType[];
  agencies: Agency[];
  notes: AgencyRegistryFile['notes'];
  mentions: UnitMention[];
  /** The agency with this id; throws for an unknown id. */
  agency(id: string): Agency;
  /** The agency type with this id; throws for an unknown id. */
  type(id: string): AgencyType;
  /** The agency a printed name stands for in a plan. */
  resolve(plan: string, printed: string): Agency | undefined;
}

/** A placeholder returned with problems, so a caller that collects problems can go on. */
const EMPTY_REGISTRY: AgencyRegistry = {
  types: [],
  agencies: [],
  notes: { regulatorReform: '', regulatorReformEn: '' },
  mentions: [],
  agency: lookupBy<Agency>([], (a) => a.id, 'agency'),
  type: lookupBy<AgencyType>([], (t) => t.id, 'agency type'),
  resolve: () => undefined,
};

/**
 * Reads the registry and resolves every unit name in every measure and annex task. Reports,
 * naming the measure (file and line), a name the registry does not know, and naming the registry
 * line an ambiguous name, an unknown plan, a duplicate id, or an agency no plan names. Problems go
 * to `problems`.
 */
export function buildAgencyRegistry(text: string, library: Library, problems: ContentProblems): AgencyRegistry {
  const registry = checkAgencies(text, library, problems);
  return registry ?? EMPTY_REGISTRY;
}

function checkAgencies(text: string, library: Library, problems: ContentProblems): AgencyRegistry | undefined {
  const before = problems.count;
  const read = readYamlData(AGENCIES_FILE, text, agencyRegistrySchema, problems);
  if (!read) return undefined;
  const { source, data: file } = read;
  const fail = (line: number, field: string, problem: string, found: string, expected: string) =>
    problems.report({ file: AGENCIES_FILE, line, field }, problem, { found, expected });

  const slugs = library.plans.map((p) => p.slug);
  const unchecked = library.unchecked ?? new Set<string>();
  const byName = new Map<string, Agency>();
  const ids = new Set<string>();
  // A plan that is gone (renamed, deleted) is reported once, not once per agency.
  const unknownPlans = new Set<string>();
  file.agencies.forEach((agency, i) => {
    if (ids.has(agency.id))
      fail(lineOf(source, ['agencies', i, 'id']), `agencies.${i}.id`, 'duplicate agency id', agency.id, 'each id once');
    ids.add(agency.id);
    if ((agency.note === undefined) !== (agency.noteEn === undefined))
      fail(
        lineOf(source, ['agencies', i, agency.note === undefined ? 'noteEn' : 'note']),
        `agencies.${i}.noteEn`,
        agency.note === undefined ? 'an English note without a note' : 'a note without its English',
        agency.note === undefined ? `noteEn: "${agency.noteEn}"` : 'no noteEn',
        'noteEn exactly when note is given: the note in English',
      );
    agency.plans.forEach((plan, j) => {
      if (!slugs.includes(plan) && !unchecked.has(plan) && !unknownPlans.has(plan)) {
        unknownPlans.add(plan);
        fail(
          lineOf(source, ['agencies', i, 'plans', j]),
          `agencies.${i}.plans`,
          `unknown plan "${plan}" (content/plans/${plan}.mdx does not exist)`,
          `"${plan}"`,
          `one of ${slugs.join(', ')}`,
        );
      }
      for (const alias of agency.aliases) {
        const key = `${plan}\u0000${alias}`;
        const other = byName.get(key);
        if (other && other !== agency) {
          fail(
            lineOf(source, ['agencies', i, 'aliases']),
            `agencies.${i}.aliases`,
            `"${alias}" in ${plan} already names ${other.id}`,
            `"${alias}" in the aliases of ${other.id} and ${agency.id}`,
            'a printed name that resolves to one unit per plan',
          );
        }
        byName.set(key, agency);
      }
    });
  });
  for (const type of AGENCY_TYPES) {
    if (!file.types.some((t) => t.id === type))
      fail(
        lineOf(source, ['types']),
        'types',
        `type ${type} has no entry`,
        'no entry',
        `an entry with id: ${type} and its name`,
      );
  }

  const resolve = (plan: string, printed: string) => byName.get(`${plan}\u0000${printed}`);
  const listed = new Set(file.agencies.flatMap((a) => a.plans));
  const mentions: UnitMention[] = [];
  for (const plan of library.plans) {
    // A plan no agency lists (e.g. a renamed file) is reported once, not once per unit name.
    if (!listed.has(plan.slug) && plan.measures.some((m) => m.units)) {
      problems.report(
        { file: plan.file, line: 1, field: 'units' },
        `no agency in ${AGENCIES_FILE} lists plan ${plan.slug}`,
        {
          found: `no "plans: [${plan.slug}]" in ${AGENCIES_FILE}`,
          expected: `${plan.slug} in the plans of every agency the plan names (was the file renamed?)`,
        },
      );
      continue;
    }
    for (const measure of plan.measures) {
      for (const list of measure.units?.lists ?? []) {
        for (const printed of list.units) {
          const agency = resolve(plan.slug, printed);
          if (!agency) {
            problems.report(
              { file: plan.file, line: measure.line, field: list.label },
              `measure ${measure.id} names a unit ${AGENCIES_FILE} does not know for ${plan.slug}`,
              { found: `"${printed}"`, expected: `the name in the aliases of an agency with plans: [${plan.slug}]` },
            );
          } else mentions.push({ agency: agency.id, plan: plan.slug, role: list.role, measure: measure.id, printed });
        }
      }
    }
    for (const task of plan.annexTasks) {
      for (const [role, names] of [
        ['lead', task.lead],
        ['responsible', task.responsible],
      ] as const) {
        for (const printed of names) {
          const agency = resolve(plan.slug, printed);
          if (!agency) {
            problems.report(
              { file: plan.file, line: task.line, field: `annex task ${task.number}` },
              `annex task ${task.number} names a unit ${AGENCIES_FILE} does not know for ${plan.slug}`,
              { found: `"${printed}"`, expected: `the name in the aliases of an agency with plans: [${plan.slug}]` },
            );
          } else
            mentions.push({
              agency: agency.id,
              plan: plan.slug,
              role,
              measure: task.measure,
              task: task.number,
              printed,
            });
        }
      }
    }
  }
  // An agency no plan names would get a page that says nothing. Not checkable while a plan is left out.
  if (problems.count === before && unchecked.size === 0) {
    const named = new Set(mentions.map((m) => m.agency));
    file.agencies.forEach((agency, i) => {
      if (!named.has(agency.id)) {
        fail(
          lineOf(source, ['agencies', i, 'id']),
          `agencies.${i}`,
          `agency ${agency.id} is named by no plan`,
          `no measure or annex task of ${agency.plans.join(', ')} printing ${agency.aliases.map((a) => `"${a}"`).join(' or ')}`,
          'an alias exactly as a plan prints it, or the agency removed',
        );
      }
    });
  }
  if (problems.count > before) return undefined;
  return {
    types: file.types,
    agencies: file.agencies,
    notes: file.notes,
    mentions,
    agency: lookupBy(file.agencies, (a) => a.id, 'agency'),
    type: lookupBy(file.types, (t) => t.id, 'agency type'),
    resolve,
  };
}

export interface TypeShare {
  type: string;
  /** Measures of the plan with at least one lead unit of this type. */
  measures: number;
  /** Share of the plan's measures that name a lead unit at all. */
  share: number;
}

/**
 * For each plan, how many of its measures each unit type leads (a measure led by two types counts
 * for both), as a share of the measures that name a lead.
 */
export function leadSharesByType(
  library: Library,
  registry: AgencyRegistry,
): { plan: string; withLead: number; types: TypeShare[] }[] {
  const typeOf = new Map(registry.agencies.map((a) => [a.id, a.type]));
  // The measure-level lead mentions of each plan, in one pass over all mentions.
  const leadsOf = new Map<string, UnitMention[]>();
  for (const m of registry.mentions) {
    if (m.role !== 'lead' || m.task !== undefined) continue;
    const list = leadsOf.get(m.plan);
    if (list) list.push(m);
    else leadsOf.set(m.plan, [m]);
  }
  return library.plans.map((plan) => {
    const leads = leadsOf.get(plan.slug) ?? [];
    const withLead = new Set(leads.map((m) => m.measure)).size;
    return {
      plan: plan.slug,
      withLead,
      types: registry.types.map((t) => {
        const measures = new Set(leads.filter((m) => typeOf.get(m.agency) === t.id).map((m) => m.measure)).size;
        return {
          type: t.id,
          measures,
          share: withLead === 0 ? 0 : Math.round((measures / withLead) * 10_000) / 10_000,
        };
      }),
    };
  });
}

/** Units by how many measures name them (lead or responsible, annex excluded), most first. */
export function mostNamedAgencies(registry: AgencyRegistry, limit = 15) {
  const counts = new Map<string, { lead: Set<string>; responsible: Set<string> }>();
  for (const m of registry.mentions) {
    if (m.task !== undefined) continue;
    if (!counts.has(m.agency)) counts.set(m.agency, { lead: new Set(), responsible: new Set() });
    counts.get(m.agency)![m.role].add(m.measure);
  }
  return [...counts]
    .map(([agency, { lead, responsible }]) => ({
      agency,
      lead: lead.size,
      responsible: responsible.size,
      total: new Set([...lead, ...responsible]).size,
    }))
    .sort((a, b) => b.total - a.total || b.lead - a.lead || a.agency.localeCompare(b.agency))
    .slice(0, limit);
}
