/**
 * The glossary (content/glossary.yaml): editorial English for the plans' recurring terms, used by
 * the translation and checked against it (every term in a Chinese block has its English in the
 * block's translation). Matching the English is by word stems, so "green bond" stands for "green
 * bonds" and "stress test" for "stress testing".
 */
import { z } from 'astro/zod';
import { stemmer } from 'stemmer';
import type { ContentProblems } from '#lib/content/errors.ts';
import { lineOf, readYamlData } from '#lib/content/yaml.ts';
import type { Library } from '#lib/plan/library.ts';
import { chineseUnits } from './units.ts';

export const GLOSSARY_FILE = 'content/glossary.yaml';

const HAN = /\p{Script=Han}/u;

export const glossarySchema = z
  .strictObject({
    terms: z
      .array(
        z.strictObject({
          zh: z.string().min(1).describe('The term exactly as the plans print it, e.g. 绿色信贷.'),
          en: z.string().min(1).describe('The English the translation uses for it, e.g. green credit.'),
          variants: z
            .array(z.string().min(1))
            .optional()
            .describe('Other English forms the translation may use instead, e.g. green lending.'),
          note: z.string().min(1).optional().describe('A short explanation for readers, in English.'),
        }),
      )
      .describe('The terms, each once.'),
  })
  .describe('The English of recurring terms of the plans.');

export type GlossaryTerm = z.output<typeof glossarySchema>['terms'][number];

export interface Glossary {
  terms: GlossaryTerm[];
}

/**
 * Each word's stem, computed once: the checks stem every block's English for every term it holds,
 * and the words repeat (a pure function's memo; the vocabulary bounds it, not the corpus).
 */
const STEMS = new Map<string, string>();
function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) STEMS.set(word, (stem = stemmer(word)));
  return stem;
}

/** Lower-case word stems of an English text: "Green Bonds" → ["green", "bond"]. */
export function englishStems(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  ).map(stemOf);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether the English text (or its stems, from englishStems) renders the term: its `en` or a variant, by word stems. */
export function rendersTerm(term: GlossaryTerm, english: string | readonly string[]): boolean {
  const stems = typeof english === 'string' ? englishStems(english) : english;
  return [term.en, ...(term.variants ?? [])].some((form) => containsRun(stems, englishStems(form)));
}

/**
 * The glossary terms a Chinese text uses. Longer terms are found first and their span is taken:
 * 碳排放权交易 does not also count as 碳排放权, whose English it does not contain.
 */
export function termsIn(chinese: string, glossary: Glossary): GlossaryTerm[] {
  const byLength = [...glossary.terms].sort((a, b) => b.zh.length - a.zh.length);
  let rest = chinese;
  const found: GlossaryTerm[] = [];
  for (const term of byLength) {
    if (!rest.includes(term.zh)) continue;
    found.push(term);
    rest = rest.split(term.zh).join('\u0000');
  }
  return found;
}

/**
 * Reads and checks the glossary: each term once, in Chinese, printed by at least one plan or
 * received text (the sources count too, so a plan taken out of the library does not make its
 * terms "unused" a second time; a term in no text at all is a typo).
 */
export function buildGlossary(
  text: string,
  library: Library,
  sources: Readonly<Record<string, string>>,
  problems: ContentProblems,
): Glossary {
  const read = readYamlData(GLOSSARY_FILE, text, glossarySchema, problems);
  if (!read) return { terms: [] };
  const { source, data } = read;
  const printed = [
    ...library.plans.flatMap((p) => p.blocks.flatMap((b) => chineseUnits(b).map((u) => u.text))),
    ...Object.values(sources),
  ].join('\n');
  const seen = new Set<string>();
  const terms: GlossaryTerm[] = [];
  data.terms.forEach((term, i) => {
    const at = { file: GLOSSARY_FILE, line: lineOf(source, ['terms', i, 'zh']), field: `terms.${i}.zh` };
    if (!HAN.test(term.zh))
      return problems.report(at, 'a glossary term that is not Chinese', {
        found: `"${term.zh}"`,
        expected: 'the term as the plans print it, in Chinese characters',
      });
    if (seen.has(term.zh))
      return problems.report(at, 'a term listed twice', {
        found: `"${term.zh}" a second time`,
        expected: 'each term once; put other English forms in variants',
      });
    seen.add(term.zh);
    // With a plan left out for its own problems (reported already), its terms cannot be looked up.
    if ((library.unchecked?.size ?? 0) === 0 && !printed.includes(term.zh))
      return problems.report(at, 'a term no plan uses', {
        found: `"${term.zh}", printed in none of the plans or received texts`,
        expected: 'a term exactly as at least one plan prints it',
      });
    terms.push(term);
  });
  return { terms };
}
