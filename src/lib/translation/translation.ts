/**
 * The English translation of the plans (content/translations/en/<slug>.yaml): editorial and
 * unofficial, stored apart from the plan text and keyed by the ids the plan page gives its blocks
 * (s1-2, 9, b14). Checked against the plan: every block translated and no other, each entry shaped
 * like its block, every glossary term of the Chinese rendered as the glossary says, and every
 * figure of the Chinese kept with its value.
 */
import { z } from 'astro/zod';
import type { ContentProblems } from '#lib/content/errors.ts';
import { lineOf, lineOfKey, readYamlData, type YamlSource } from '#lib/content/yaml.ts';
import type { Library } from '#lib/plan/library.ts';
import type { Measure, Plan, PlanBlock } from '#lib/plan/types.ts';
import { blockId } from '#lib/site/paths.ts';
import type { Locale } from '#lib/i18n/catalogue.ts';
import { formatValue, missingFigures } from './figures.ts';
import { englishStems, rendersTerm, termsIn, type Glossary } from './glossary.ts';
import { chineseUnits } from './units.ts';

export const TRANSLATIONS_DIR = 'content/translations/en';
export const translationFile = (slug: string) => `${TRANSLATIONS_DIR}/${slug}.yaml`;

export const TRANSLATION_STATUSES = ['draft', 'reviewed'] as const;

const blockTranslationSchema = z.strictObject({
  status: z
    .enum(TRANSLATION_STATUSES)
    .describe(
      'draft: translated, not yet read against the Chinese; reviewed: read against the Chinese by a bilingual reader.',
    ),
  title: z
    .string()
    .optional()
    .describe('Measures only: the English of the measure’s lead sentence, without its full stop.'),
  en: z
    .string()
    .optional()
    .describe(
      'The English of a heading, paragraph, 文号 line or measure (with its label and units list; paragraphs on separate lines).',
    ),
  lines: z.array(z.string()).optional().describe('Signatures and colophons: one English line per printed line.'),
  header: z.array(z.string()).optional().describe('Annex tables: the English of each column heading.'),
  rows: z.array(z.array(z.string())).optional().describe('Annex tables: one list of English cells per row.'),
});

export const translationSchema = z
  .strictObject({
    plan: z.string().describe('Slug of the plan translated; the same as the file name.'),
    title: z.string().min(1).describe('The plan’s title in English.'),
    shortName: z.string().min(1).describe('The plan’s short name in English: the place in pinyin, e.g. Tongnan.'),
    blocks: z
      .record(z.string(), blockTranslationSchema)
      .describe('One entry per block of the plan, keyed by the block’s id on the plan page, in document order.'),
  })
  .describe('An unofficial English translation of one plan; the Chinese text is authoritative.');

export type BlockTranslation = z.output<typeof blockTranslationSchema>;

export interface PlanTranslation {
  plan: string;
  file: string;
  title: string;
  shortName: string;
  /** Block id → its translation. */
  blocks: Map<string, BlockTranslation>;
}

export interface TranslationTable {
  /** Plan slug → its translation. */
  bySlug: Map<string, PlanTranslation>;
}

/** The id of a block on the plan page, which keys its translation. */
export const blockKey = (block: PlanBlock, index: number): string => block.anchor ?? blockId(index);

const KIND_WORDS: Record<PlanBlock['kind'], string> = {
  heading: 'heading',
  paragraph: 'paragraph',
  measure: 'measure',
  documentNumber: '文号 line',
  signature: 'signature',
  colophon: 'colophon',
  table: 'annex table',
};

const preview = (text: string) => `"${text.length > 20 ? `${text.slice(0, 20)}…` : text}"`;

function valueAt(entry: BlockTranslation, path: readonly (string | number)[]): unknown {
  let value: unknown = entry;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

/**
 * Reads every translation file and checks it against its plan. `files` are the files of
 * content/translations/en; a plan of the library without one is reported.
 */
export function buildTranslations(
  files: readonly { file: string; text: string }[],
  library: Library,
  glossary: Glossary,
  problems: ContentProblems,
): TranslationTable {
  const bySlug = new Map<string, PlanTranslation>();
  const unchecked = library.unchecked ?? new Set<string>();
  let orphans = 0;
  for (const { file, text } of files) {
    const slug = file.slice(TRANSLATIONS_DIR.length + 1).replace(/\.yaml$/, '');
    const plan = library.plans.find((p) => p.slug === slug);
    if (!plan) {
      if (!unchecked.has(slug)) {
        orphans++;
        problems.report(
          { file, field: 'file name' },
          `a translation of a plan that is not in the library (content/plans/${slug}.mdx does not exist)`,
          {
            found: `"${slug}"`,
            expected: `one of ${library.plans.map((p) => `${p.slug}.yaml`).join(', ')}, or the file renamed with its plan`,
          },
        );
      }
      continue;
    }
    const read = readYamlData(file, text, translationSchema, problems);
    if (!read) continue;
    const translation = checkTranslation(plan, file, read.source, read.data, glossary, problems);
    bySlug.set(slug, translation);
  }
  // A translation left under a plan's old name (reported above) is the one a renamed plan lacks.
  for (const plan of library.plans)
    if (orphans === 0 && !files.some((f) => f.file === translationFile(plan.slug)))
      problems.report({ file: translationFile(plan.slug), field: 'file' }, 'the plan has no English translation', {
        found: 'no such file',
        expected: `${translationFile(plan.slug)} with an entry for every block of ${plan.file}`,
      });
  return { bySlug };
}

function checkTranslation(
  plan: Plan,
  file: string,
  source: YamlSource,
  data: z.output<typeof translationSchema>,
  glossary: Glossary,
  problems: ContentProblems,
): PlanTranslation {
  const at = (path: (string | number)[]) => ({ file, line: lineOf(source, path), field: path.join('.') });
  if (data.plan !== plan.slug)
    problems.report(at(['plan']), 'the plan named is not the plan of this file', {
      found: `"${data.plan}"`,
      expected: `"${plan.slug}", the file name without .yaml`,
    });
  const blocks = new Map(Object.entries(data.blocks));
  const ids = new Set<string>();
  const keys = plan.blocks.map(blockKey);
  /** Where a missing entry belongs: the line of the next entry the file has, else of `blocks:`. */
  const placeOf = (index: number) => {
    const next = keys.slice(index + 1).find((id) => blocks.has(id));
    return next === undefined ? at(['blocks']) : { file, line: lineOfKey(source, ['blocks'], next), field: 'blocks' };
  };
  plan.blocks.forEach((block, index) => {
    const id = blockKey(block, index);
    ids.add(id);
    const entry = blocks.get(id);
    const kind = KIND_WORDS[block.kind];
    if (!entry)
      return problems.report(placeOf(index), `${kind} ${id} has no translation`, {
        found: `no entry "${id}" (line ${block.line} of ${plan.file}: ${preview(chineseUnits(block)[0]?.text ?? '')})`,
        expected: `an entry "${id}" with the English of that ${kind}, before the entry on this line`,
      });
    checkShape(block, id, entry, at, problems);
    for (const unit of chineseUnits(block)) {
      const english = valueAt(entry, unit.path);
      if (typeof english !== 'string' || english.trim() === '') continue;
      const path = ['blocks', id, ...unit.path];
      const stems = englishStems(english);
      for (const term of termsIn(unit.text, glossary))
        if (!rendersTerm(term, stems))
          problems.report(at(path), `the glossary term ${term.zh} is not rendered as the glossary says`, {
            found: `no "${[term.en, ...(term.variants ?? [])].join('" or "')}" in the English`,
            expected: 'the glossary’s English for the term (content/glossary.yaml), or change the glossary',
          });
      for (const figure of missingFigures(unit.text, english))
        problems.report(at(path), `the figure ${figure.printed} of the Chinese is missing from the English`, {
          found: `no figure of value ${formatValue(figure.value)} in the English`,
          expected: `the same value, e.g. ${formatValue(figure.value)} (100亿 = 10 billion, 2万 = 20,000)`,
        });
    }
  });
  for (const id of blocks.keys())
    if (!ids.has(id))
      problems.report(
        { file, line: lineOfKey(source, ['blocks'], id), field: `blocks.${id}` },
        'a translation of a block the plan does not have',
        {
          found: `"${id}"`,
          expected: `the id of a block of ${plan.file} (as on its plan page: s1-2, 9, b14)`,
        },
      );
  return { plan: plan.slug, file, title: data.title, shortName: data.shortName, blocks };
}

function checkShape(
  block: PlanBlock,
  id: string,
  entry: BlockTranslation,
  at: (path: (string | number)[]) => { file: string; line: number; field: string },
  problems: ContentProblems,
) {
  const kind = KIND_WORDS[block.kind];
  const needs: (keyof BlockTranslation)[] =
    block.kind === 'measure'
      ? ['title', 'en']
      : block.kind === 'signature' || block.kind === 'colophon'
        ? ['lines']
        : block.kind === 'table'
          ? ['header', 'rows']
          : ['en'];
  for (const field of ['title', 'en', 'lines', 'header', 'rows'] as const) {
    const value = entry[field];
    if (needs.includes(field) && (value === undefined || (typeof value === 'string' && value.trim() === '')))
      problems.report(at(['blocks', id, field]), `the ${kind} ${id} has no English ${field}`, {
        found: value === undefined ? 'nothing' : 'an empty text',
        expected: `the English ${field} of the ${kind}`,
      });
    else if (!needs.includes(field) && value !== undefined)
      problems.report(at(['blocks', id, field]), `a ${field} field on a ${kind}`, {
        found: `${field}:`,
        expected: `only ${needs.join(' and ')} (and status) for a ${kind}`,
      });
  }
  const count = (what: string, path: (string | number)[], found: number, expected: number) => {
    if (found !== expected)
      problems.report(
        at(['blocks', id, ...path]),
        `the English has ${found} ${what} where the Chinese has ${expected}`,
        {
          found: `${found} ${what}`,
          expected: `${expected} ${what}, one for each of the Chinese`,
        },
      );
  };
  if ((block.kind === 'signature' || block.kind === 'colophon') && entry.lines)
    count('lines', ['lines'], entry.lines.length, block.lines.length);
  if (block.kind === 'table') {
    if (entry.header) count('column headings', ['header'], entry.header.length, block.header.length);
    if (entry.rows) {
      count('rows', ['rows'], entry.rows.length, block.rows.length);
      entry.rows.forEach((row, r) => {
        const chinese = block.rows[r];
        if (chinese) count('cells', ['rows', r], row.length, chinese.length);
      });
    }
  }
}

/** A measure's English as the data files give it: its title, its text without the label, and the entry's status. */
export interface MeasureEnglish {
  title: string;
  /** The English text without the numbering label, as `text` is the Chinese without it. */
  text: string;
  status: BlockTranslation['status'];
}

/**
 * The English label a translation starts a measure with: "9." for 9. or 9．, "(1)" for （一）; the
 * number is the last part of the measure's own number (3.1.2 → 2).
 */
export function englishLabel(measure: Pick<Measure, 'label' | 'number'>): string {
  const last = measure.number.split('.').pop()!;
  return measure.label.startsWith('（') ? `(${last})` : `${last}.`;
}

/**
 * The English of a measure. The content checks (buildTranslations) give every measure of the
 * library an entry with a title and a text, so a missing one here is a programming error.
 */
export function measureEnglish(table: TranslationTable, measure: Measure): MeasureEnglish {
  const entry = table.bySlug.get(measure.plan)?.blocks.get(measure.number);
  if (!entry?.title || entry.en === undefined)
    throw new Error(`no English translation of measure ${measure.id} in ${translationFile(measure.plan)}`);
  const label = englishLabel(measure);
  const text = entry.en.startsWith(`${label} `) ? entry.en.slice(label.length + 1) : entry.en;
  return { title: entry.title, text, status: entry.status };
}

/** The English title and short name of a plan (checked present by buildTranslations). */
export function planEnglish(table: TranslationTable, slug: string): { title: string; shortName: string } {
  const translation = table.bySlug.get(slug);
  if (!translation) throw new Error(`no English translation of plan ${slug} (${translationFile(slug)})`);
  return { title: translation.title, shortName: translation.shortName };
}

/**
 * A plan's names in the edition of `locale`: the plan's own title and short name on Chinese
 * pages, the English of content/translations/en/ on English pages. Every view names plans
 * through this, so no English page shows a Chinese plan name by accident.
 */
export function planNames(
  table: TranslationTable,
  plan: { slug: string; meta: { title: string; shortName: string } },
  locale: Locale,
): { title: string; shortName: string } {
  return locale === 'en' ? planEnglish(table, plan.slug) : { title: plan.meta.title, shortName: plan.meta.shortName };
}
