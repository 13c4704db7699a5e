/**
 * Plain-language summaries of the plans (content/summaries.yaml): editorial, in Chinese and
 * English, shown at the top of a plan's page and on its card on the home page. Each sentence names
 * what it rests on — measures (tongnan/9) or other passages (tongnan#s1-2) — and links to them;
 * every figure of a sentence must stand in one of those, and the English must keep every figure of
 * the Chinese with its value.
 */
import { z } from 'astro/zod';
import type { ContentProblems } from '#lib/content/errors.ts';
import { lineOf, readYamlData } from '#lib/content/yaml.ts';
import type { Library } from './library.ts';
import type { Plan, PlanBlock } from './types.ts';
import { blockId } from '#lib/site/paths.ts';
import { chineseFigures, formatValue, missingFigures } from '#lib/translation/figures.ts';

export const SUMMARIES_FILE = 'content/summaries.yaml';

export const summariesSchema = z
  .strictObject({
    summaries: z
      .array(
        z.strictObject({
          plan: z.string().describe('Slug of the plan summarised.'),
          sentences: z
            .array(
              z.strictObject({
                zh: z.string().min(1).describe('The sentence in Chinese.'),
                en: z.string().min(1).describe('The same sentence in English, with the same figures.'),
                refs: z
                  .array(z.string().regex(/^[a-z][a-z0-9-]*(\/[0-9.]+|#[a-z0-9-]+)$/))
                  .min(1)
                  .describe(
                    'What the sentence rests on: a measure (tongnan/9) or a passage (tongnan#s1-2, by its id on the plan page).',
                  ),
              }),
            )
            .min(1)
            .describe('The summary, sentence by sentence.'),
        }),
      )
      .describe('One summary per plan of the library.'),
  })
  .describe('Plain-language summaries of the plans (editorial).');

/** What a sentence rests on, resolved: a measure or a passage of a plan page. */
export interface SummaryRef {
  ref: string;
  plan: string;
  /** The measure id, for a measure. */
  measure?: string;
  /** The block's id on the plan page, for a passage. */
  anchor?: string;
}

export interface SummarySentence {
  zh: string;
  en: string;
  refs: SummaryRef[];
}

export interface SummaryTable {
  /** Plan slug → its summary, sentence by sentence. */
  bySlug: Map<string, SummarySentence[]>;
}

const blockText = (block: PlanBlock): string =>
  block.kind === 'measure'
    ? block.paragraphs.join('\n')
    : block.kind === 'signature' || block.kind === 'colophon'
      ? block.lines.join('\n')
      : block.kind === 'table'
        ? [block.header, ...block.rows].map((r) => r.join(' ')).join('\n')
        : block.text;

/** The text a ref names, or undefined when the plan has no such measure or passage. */
function refText(library: Library, ref: string): { ref: SummaryRef; text: string } | undefined {
  const [slug, rest] = ref.includes('#') ? ref.split('#') : [ref.slice(0, ref.indexOf('/')), undefined];
  const plan: Plan | undefined = library.plans.find((p) => p.slug === slug);
  if (!plan) return undefined;
  if (rest === undefined) {
    const measure = plan.measures.find((m) => m.id === ref);
    return measure && { ref: { ref, plan: plan.slug, measure: measure.id }, text: measure.paragraphs.join('\n') };
  }
  const index = plan.blocks.findIndex((b, i) => (b.anchor ?? blockId(i)) === rest);
  if (index < 0) return undefined;
  return { ref: { ref, plan: plan.slug, anchor: rest }, text: blockText(plan.blocks[index]!) };
}

export function buildSummaries(text: string, library: Library, problems: ContentProblems): SummaryTable {
  const bySlug = new Map<string, SummarySentence[]>();
  const read = readYamlData(SUMMARIES_FILE, text, summariesSchema, problems);
  if (!read) return { bySlug };
  const { source, data } = read;
  const at = (path: (string | number)[]) => ({
    file: SUMMARIES_FILE,
    line: lineOf(source, path),
    field: path.join('.'),
  });
  const unchecked = library.unchecked ?? new Set<string>();
  const known = new Set(library.plans.map((p) => p.slug));
  // Plans summarised here but not in the library: each reported once, at its own summary.
  const missing = new Set(data.summaries.map((s) => s.plan).filter((slug) => !known.has(slug)));
  data.summaries.forEach((summary, i) => {
    if (!known.has(summary.plan)) {
      if (!unchecked.has(summary.plan))
        problems.report(
          at(['summaries', i, 'plan']),
          `unknown plan "${summary.plan}" (content/plans/${summary.plan}.mdx does not exist)`,
          {
            found: `"${summary.plan}"`,
            expected: `one of ${library.plans.map((p) => p.slug).join(', ')}, or the summary renamed with its plan`,
          },
        );
      return;
    }
    if (bySlug.has(summary.plan))
      return problems.report(at(['summaries', i, 'plan']), 'a second summary of this plan', {
        found: summary.plan,
        expected: 'one summary per plan',
      });
    const sentences: SummarySentence[] = [];
    summary.sentences.forEach((sentence, j) => {
      const path = ['summaries', i, 'sentences', j];
      // A sentence resting on a plan left out for its own problems (reported already) is not checked.
      const refPlan = (ref: string) => ref.split(/[#/]/)[0]!;
      // So is one resting on a plan reported above as missing (its summary names it once).
      if (sentence.refs.some((ref) => unchecked.has(refPlan(ref)) || missing.has(refPlan(ref)))) return;
      const resolved = sentence.refs.map((ref, k) => {
        const found = refText(library, ref);
        if (!found)
          problems.report(at([...path, 'refs', k]), `the sentence rests on a measure or passage that does not exist`, {
            found: `"${ref}"`,
            expected: 'a measure id such as tongnan/9, or a plan and passage id such as tongnan#s1-2',
          });
        return found;
      });
      const texts = resolved.filter((r) => r !== undefined);
      const printed = new Set(texts.flatMap((r) => chineseFigures(r.text).map((f) => f.value)));
      for (const figure of chineseFigures(sentence.zh))
        if (!printed.has(figure.value))
          problems.report(at([...path, 'zh']), `the figure ${figure.printed} stands in none of the sentence’s refs`, {
            found: `${figure.printed} (${formatValue(figure.value)}) only in the summary`,
            expected: 'every figure of a summary sentence as printed in a measure or passage it names in refs',
          });
      for (const figure of missingFigures(sentence.zh, sentence.en))
        problems.report(
          at([...path, 'en']),
          `the figure ${figure.printed} of the Chinese sentence is missing from the English`,
          {
            found: `no figure of value ${formatValue(figure.value)} in the English`,
            expected: `the same value, e.g. ${formatValue(figure.value)}`,
          },
        );
      sentences.push({ zh: sentence.zh, en: sentence.en, refs: texts.map((r) => r.ref) });
    });
    bySlug.set(summary.plan, sentences);
  });
  // A summary left under a plan's old name (reported above) is the one a renamed plan lacks.
  for (const plan of library.plans)
    if (missing.size === 0 && !bySlug.has(plan.slug))
      problems.report(
        { file: SUMMARIES_FILE, line: lineOf(source, ['summaries']), field: 'summaries' },
        `plan ${plan.slug} has no summary`,
        {
          found: 'no entry',
          expected: `an entry "plan: ${plan.slug}" with its summary`,
        },
      );
  return { bySlug };
}
