/**
 * A unit's type against the words of its name (content/unit-type-rules.yaml): 财政 → finance-bureau,
 * 税务 → tax, 人民银行/人行 → pboc-branch… A unit typed validly but wrongly (区财政局 as tax) would
 * otherwise count for the wrong type in every comparison by type; it is reported as a content
 * problem at its `type` line in content/agencies.yaml. Pure: it takes the texts and the registry.
 */
import { z } from 'astro/zod';
import type { ContentProblems } from '#lib/content/errors.ts';
import { lineOf, readYaml, readYamlData } from '#lib/content/yaml.ts';
import { AGENCIES_FILE, AGENCY_TYPES, type Agency } from './agencies.ts';

export const UNIT_TYPE_RULES_FILE = 'content/unit-type-rules.yaml';

export const unitTypeRulesSchema = z
  .strictObject({
    rules: z
      .array(
        z.strictObject({
          type: z.enum(AGENCY_TYPES).describe('The unit type a name with one of the words must have.'),
          words: z
            .array(z.string().min(1))
            .min(1)
            .describe('Words of a unit name (any one of them) that mean this type, e.g. 财政.'),
        }),
      )
      .min(1)
      .describe('Tried in order; the first rule with a word in the name decides.'),
  })
  .describe('Which words in a unit name fix its type.');

export interface TypeRule {
  type: Agency['type'];
  words: string[];
  /** Line of the rule in the rules file, for messages. */
  line: number;
}

/** The type the words of `name` say, with the word and rule that say it; undefined when no rule's word occurs. */
export function typeFromName(name: string, rules: readonly TypeRule[]): { rule: TypeRule; word: string } | undefined {
  for (const rule of rules) {
    const word = rule.words.find((w) => name.includes(w));
    if (word !== undefined) return { rule, word };
  }
  return undefined;
}

/**
 * Reports every agency whose name or a printed alias says another type than its `type`, at the line
 * of that `type` in content/agencies.yaml. `agenciesText` is that file's text (for the line numbers).
 */
export function checkUnitTypes(
  rulesText: string,
  agenciesText: string,
  agencies: readonly Agency[],
  problems: ContentProblems,
): void {
  const read = readYamlData(UNIT_TYPE_RULES_FILE, rulesText, unitTypeRulesSchema, problems);
  if (!read) return;
  const rules = read.data.rules.map((rule, i) => ({ ...rule, line: lineOf(read.source, ['rules', i, 'type']) }));
  // No agencies: the registry's own problems (a YAML error, say) are reported already, not again here.
  if (agencies.length === 0) return;
  const source = problems.collect(() => readYaml(AGENCIES_FILE, agenciesText));
  if (!source) return;
  agencies.forEach((agency, i) => {
    for (const name of [agency.name, ...agency.aliases]) {
      const said = typeFromName(name, rules);
      if (!said || said.rule.type === agency.type) continue;
      problems.report(
        { file: AGENCIES_FILE, line: lineOf(source, ['agencies', i, 'type']), field: `agencies.${i}.type` },
        `unit ${agency.id} is typed ${agency.type}, but its name says ${said.rule.type}`,
        {
          found: `type: ${agency.type} for "${name}"`,
          expected: `type: ${said.rule.type} ("${name}" contains "${said.word}"; rule at ${UNIT_TYPE_RULES_FILE} line ${said.rule.line})`,
        },
      );
      break;
    }
  });
}
