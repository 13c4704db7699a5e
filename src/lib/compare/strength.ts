/**
 * Strength drift inside a link (editorial): verbs moved along the scale of content/strength-scale.yaml,
 * numbers and deadlines dropped, changed or added, targets of content/targets.yaml dropped, changed
 * or added, and the lead unit changed.
 *
 * Verbs are read from the diff: each change (a run of deletions and insertions between equal
 * text) that is short (≤ `maxVerbEdit` characters on each side: a rewritten verb, not a
 * rewritten sentence) is read on both sides together with the equal text that follows it, and the
 * first verb phrase (an optional modifier, then a verb: 探索建立, 加大支持) of each side compared.
 */
import { z } from 'astro/zod';
import { ContentError, type ContentProblems } from '#lib/content/errors.ts';
import { lineOf, readYamlData } from '#lib/content/yaml.ts';
import type { Measure } from '#lib/plan/model.ts';
import { DIFF_DELETE, DIFF_EQUAL, type Diff } from 'diff-match-patch-es';
import type { Token } from './tokens.ts';
import { diffTexts } from './align-pair.ts';
import type { Target } from '#lib/targets/targets.ts';
import type { StrengthChange, UnitChanges } from './types.ts';

export const STRENGTH_SCALE_FILE = 'content/strength-scale.yaml';

export const strengthScaleSchema = z
  .strictObject({
    levels: z
      .array(
        z.strictObject({
          id: z
            .string()
            .regex(/^[a-z][a-z-]*$/)
            .describe('Stable id of the level.'),
          rank: z.number().int().min(1).describe('Higher binds more strongly; ranks are unique.'),
          name: z.string().min(1).describe('Chinese name of the level, shown as editorial.'),
          nameEn: z.string().min(1).describe('English name of the level, for the English pages (editorial).'),
          words: z.array(z.string().min(1)).min(1).describe('The verbs of this level, as printed.'),
        }),
      )
      .min(2)
      .describe('Levels of obligation, strongest first.'),
    modifiers: z
      .strictObject({
        weaker: z.array(z.string().min(1)).describe('Put before a verb, they soften it (探索建立, 逐步实施).'),
        stronger: z.array(z.string().min(1)).describe('Put before a verb, they harden it (加大支持, 切实推动).'),
      })
      .describe('Words that move a verb without replacing it.'),
    actors: z
      .array(z.string().min(1))
      .describe('Put before or taken from before a verb, they change who acts, not how strongly (探索 → 鼓励探索).'),
    actions: z
      .array(z.string().min(1))
      .describe(
        'Verbs of another kind of action (发挥…作用): a change to or from one is a changed action, not a strength change.',
      ),
    rules: z
      .array(z.string().min(1))
      .min(1)
      .describe('The rules of the scale in words (Chinese), shown beside the changes the site lists.'),
    rulesEn: z
      .array(z.string().min(1))
      .min(1)
      .describe('The same rules in English, one for one and in the same order, for the English pages.'),
  })
  .describe('Editorial scale of how strongly an action verb binds.');

export interface StrengthScale {
  /** Rank of a verb, undefined when it is not on the scale. */
  rankOf(word: string): number | undefined;
  /** -1 for a softening modifier, +1 for a hardening one. */
  modifierOf(word: string): -1 | 1 | undefined;
  /** Whether the word, put before a verb, names who acts (鼓励, 支持). */
  isActor(word: string): boolean;
  /** Whether the verb names another kind of action rather than a degree (发挥). */
  isAction(word: string): boolean;
  /** All verbs, modifiers and action verbs, longest first. */
  lexicon: string[];
  /** The scale's rules in words. */
  rules: string[];
  /** The same rules in English (the English pages'), one for one. */
  rulesEn: string[];
}

/** A scale with no words, for content whose scale has problems (the build stops on them anyway). */
const EMPTY_SCALE: StrengthScale = {
  rankOf: () => undefined,
  modifierOf: () => undefined,
  isActor: () => false,
  isAction: () => false,
  lexicon: [],
  rules: [],
  rulesEn: [],
};

/**
 * Reads and checks the scale: a word on two levels, a repeated rank or a modifier on both sides
 * is reported to `problems`.
 */
export function buildStrengthScale(text: string, problems: ContentProblems): StrengthScale {
  // YAML and schema problems are all reported before the checks below, which need the data.
  const read = readYamlData(STRENGTH_SCALE_FILE, text, strengthScaleSchema, problems);
  if (!read) return EMPTY_SCALE;
  const { source, data } = read;
  const errors: ContentError[] = [];
  const ranks = new Map<string, number>();
  const seenRank = new Map<number, string>();
  data.levels.forEach((level, i) => {
    const at = (path: PropertyKey[]) => ({
      file: STRENGTH_SCALE_FILE,
      line: lineOf(source, path),
      field: path.join('.'),
    });
    if (seenRank.has(level.rank))
      errors.push(
        new ContentError(
          at(['levels', i, 'rank']),
          `found rank ${level.rank} also on ${seenRank.get(level.rank)}, expected a unique rank`,
        ),
      );
    seenRank.set(level.rank, level.id);
    level.words.forEach((word, j) => {
      if (ranks.has(word))
        errors.push(
          new ContentError(at(['levels', i, 'words', j]), `found ${word} on two levels, expected one level per verb`),
        );
      ranks.set(word, level.rank);
    });
  });
  const modifiers = new Map<string, -1 | 1>();
  for (const [side, sign] of [
    ['weaker', -1],
    ['stronger', 1],
  ] as const) {
    data.modifiers[side].forEach((word, j) => {
      if (modifiers.has(word)) {
        errors.push(
          new ContentError(
            {
              file: STRENGTH_SCALE_FILE,
              line: lineOf(source, ['modifiers', side, j]),
              field: `modifiers.${side}.${j}`,
            },
            `found ${word} as both weaker and stronger, expected one`,
          ),
        );
      }
      modifiers.set(word, sign);
    });
  }
  if (data.rulesEn.length !== data.rules.length)
    errors.push(
      new ContentError(
        { file: STRENGTH_SCALE_FILE, line: lineOf(source, ['rulesEn']), field: 'rulesEn' },
        `found ${data.rulesEn.length} English rules for ${data.rules.length} rules, expected one English rule for each rule, in the same order`,
      ),
    );
  data.actions.forEach((word, j) => {
    if (ranks.has(word))
      errors.push(
        new ContentError(
          { file: STRENGTH_SCALE_FILE, line: lineOf(source, ['actions', j]), field: `actions.${j}` },
          `found ${word} both on a level and among the actions, expected one`,
        ),
      );
  });
  if (errors.length > 0) {
    problems.add(...errors);
    return EMPTY_SCALE;
  }
  const actors = new Set(data.actors);
  const actions = new Set(data.actions);
  const lexicon = [...new Set([...ranks.keys(), ...modifiers.keys(), ...actions])].sort(
    (a, b) => b.length - a.length || a.localeCompare(b),
  );
  return {
    rankOf: (w) => ranks.get(w),
    modifierOf: (w) => modifiers.get(w),
    isActor: (w) => actors.has(w),
    isAction: (w) => actions.has(w),
    lexicon,
    rules: data.rules,
    rulesEn: data.rulesEn,
  };
}

export const STRENGTH_PARAMETERS = {
  /** A change longer than this on either side is a rewrite, not a verb moved (see above). */
  maxVerbEdit: 6,
  /** Characters of the following equal text read with a change (enough for a verb after a modifier). */
  context: 4,
} as const;

interface Phrase {
  text: string;
  start: number;
  /** Rank on the scale; NaN for a verb of another kind of action (发挥). */
  rank: number;
}

/** The first verb phrase in `text`: an optional modifier then a verb, or a verb alone. */
export function firstPhrase(text: string, scale: StrengthScale): Phrase | undefined {
  for (let i = 0; i < text.length; i++) {
    const word = scale.lexicon.find((w) => text.startsWith(w, i));
    if (!word) continue;
    if (scale.isAction(word)) return { text: word, start: i, rank: Number.NaN };
    const modifier = scale.modifierOf(word);
    if (modifier !== undefined) {
      const verb = scale.lexicon.find((w) => scale.rankOf(w) !== undefined && text.startsWith(w, i + word.length));
      if (verb) return { text: word + verb, start: i, rank: scale.rankOf(verb)! + modifier / 2 };
    }
    const rank = scale.rankOf(word);
    if (rank !== undefined) return { text: word, start: i, rank };
  }
  return undefined;
}

/**
 * Verb changes in the short edits of an aligned stretch: a change counts only when the character
 * just before or just after it is aligned, or when it lies in both measures' lead sentences (a
 * heading rewritten 探索… → 推动… is the clearest drift, and headings are short), so the noise of a
 * diff between unrelated passages of a partial link says nothing about strength. `titles` are the
 * lengths of the two lead sentences in tokens.
 */
export function verbChanges(
  diffs: readonly Diff[],
  from: readonly Token[],
  to: readonly Token[],
  fromMask: readonly boolean[],
  scale: StrengthScale,
  titles: readonly [number, number] = [0, 0],
  p = STRENGTH_PARAMETERS,
): StrengthChange[] {
  const changes: StrengthChange[] = [];
  let deleted = '';
  let inserted = '';
  let i = 0;
  let j = 0;
  let changeStart = 0;
  let changeStartTo = 0;
  const flush = () => {
    const inTitles = i <= titles[0] && j <= titles[1] && changeStart < titles[0] && changeStartTo < titles[1];
    const inside = fromMask[changeStart - 1] === true || fromMask[i] === true || inTitles;
    if (inside && (deleted || inserted) && deleted.length <= p.maxVerbEdit && inserted.length <= p.maxVerbEdit) {
      const context = from
        .slice(i, i + p.context)
        .map((t) => t.text)
        .join('');
      const a = firstPhrase(deleted + context, scale);
      const b = firstPhrase(inserted + context, scale);
      const aInside = a !== undefined && a.start < deleted.length;
      const bInside = b !== undefined && b.start < inserted.length;
      // At least one side's phrase must start inside the change, or the change does not touch a verb.
      if (a && b && (aInside || bInside) && a.text !== b.text && a.rank !== b.rank) {
        // A verb put before the same verb, or taken from before it, reads as the whole phrase: 探索 → 鼓励探索.
        let fromText = a.text;
        let toText = b.text;
        if (bInside && !aInside && b.start + b.text.length <= inserted.length)
          toText = inserted.slice(b.start) + a.text;
        if (aInside && !bInside && a.start + a.text.length <= deleted.length)
          fromText = deleted.slice(a.start) + b.text;
        changes.push(classifyVerbChange(fromText, toText, a, b, scale));
      }
    }
    deleted = '';
    inserted = '';
  };
  for (const [op, text] of diffs) {
    if (op === DIFF_EQUAL) {
      flush();
      i += text.length;
      j += text.length;
      changeStart = i;
      changeStartTo = j;
    } else if (op === DIFF_DELETE) {
      deleted += from
        .slice(i, i + text.length)
        .map((t) => t.text)
        .join('');
      i += text.length;
    } else {
      inserted += to
        .slice(j, j + text.length)
        .map((t) => t.text)
        .join('');
      j += text.length;
    }
  }
  flush();
  return changes;
}

/**
 * What a verb change is (content/strength-scale.yaml, rules): a verb of another kind of action on
 * either side is a changed action; an actor word put before or taken from before the same phrase
 * changes who acts; anything else moved the verb on the scale.
 */
function classifyVerbChange(from: string, to: string, a: Phrase, b: Phrase, scale: StrengthScale): StrengthChange {
  if (Number.isNaN(a.rank) || Number.isNaN(b.rank)) return { kind: 'action', from, to, direction: 'changed' };
  if (to.endsWith(from) && scale.isActor(to.slice(0, to.length - from.length)))
    return { kind: 'actor', from, to, direction: 'added' };
  if (from.endsWith(to) && scale.isActor(from.slice(0, from.length - to.length)))
    return { kind: 'actor', from, to, direction: 'dropped' };
  return { kind: 'verb', from, to, direction: b.rank < a.rank ? 'weaker' : 'stronger' };
}

/** The printed text from the first to the last aligned token (what a link carries, with the edits inside it). */
export function alignedSpan(tokens: readonly Token[], mask: readonly boolean[]): string {
  const first = mask.indexOf(true);
  const last = mask.lastIndexOf(true);
  if (first < 0) return '';
  return tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join('');
}

/** A figure with its unit (a bare number, such as 2335 in “2335”先进制造业集群体系, is a name), or a deadline. */
const QUANTITY = /\d+(?:\.\d+)?\s*(?:%|％|个百分点|亿元|万元|亿|万|倍|家|个|项|笔|户|年|月)|年底前|年内/g;
const DEADLINE = /^(?:\d{4}\s*年|年底前|年内)$/;

function quantities(text: string): { value: string; kind: 'number' | 'deadline' }[] {
  return [...text.normalize('NFKC').matchAll(QUANTITY)].map((m) => {
    const value = m[0].replace(/\s/g, '');
    return { value, kind: DEADLINE.test(value) ? 'deadline' : 'number' };
  });
}

/**
 * Numbers and deadlines of the earlier text missing from the later one (changed when the later text
 * has a new one of the same kind to pair with, in order; else dropped), and new ones (added).
 */
export function quantityChanges(from: string, to: string): StrengthChange[] {
  const a = quantities(from);
  const b = quantities(to);
  const inB = new Map<string, number>();
  for (const q of b) inB.set(q.value, (inB.get(q.value) ?? 0) + 1);
  const inA = new Map<string, number>();
  for (const q of a) inA.set(q.value, (inA.get(q.value) ?? 0) + 1);
  const take = (map: Map<string, number>, value: string) => {
    const n = map.get(value) ?? 0;
    if (n > 0) map.set(value, n - 1);
    return n > 0;
  };
  const gone = a.filter((q) => !take(inB, q.value));
  const fresh = b.filter((q) => !take(inA, q.value));
  const changes: StrengthChange[] = [];
  for (const q of gone) {
    const at = fresh.findIndex((f) => f.kind === q.kind);
    if (at >= 0) {
      changes.push({ kind: q.kind, from: q.value, to: fresh[at]!.value, direction: 'changed' });
      fresh.splice(at, 1);
    } else changes.push({ kind: q.kind, from: q.value, to: null, direction: 'dropped' });
  }
  for (const q of fresh) changes.push({ kind: q.kind, from: null, to: q.value, direction: 'added' });
  return changes;
}

/**
 * Targets of content/targets.yaml stated in either measure: the earlier measure's target missing
 * from the later one is dropped (changed when the later measure states one for the same metric
 * with another figure); a target only the later measure states is added. Quotes as printed.
 */
export function targetChanges(fromId: string, toId: string, targets: readonly Target[]): StrengthChange[] {
  const inFrom = targets.filter((t) => t.measure === fromId);
  const inTo = targets.filter((t) => t.measure === toId);
  const changes: StrengthChange[] = [];
  for (const t of inFrom) {
    const same = inTo.find((u) => u.metric === t.metric);
    if (!same) changes.push({ kind: 'target', from: t.quote, to: null, direction: 'dropped' });
    else if (same.valueText !== t.valueText)
      changes.push({ kind: 'target', from: t.quote, to: same.quote, direction: 'changed' });
  }
  for (const u of inTo) {
    if (!inFrom.some((t) => t.metric === u.metric))
      changes.push({ kind: 'target', from: null, to: u.quote, direction: 'added' });
  }
  return changes;
}

/** The lead unit changed: lead roles added or removed (units.ts compares them by role). */
export function leadChange(from: Measure, to: Measure, units: UnitChanges): StrengthChange[] {
  if (!from.units || !to.units || (units.leadAdded.length === 0 && units.leadRemoved.length === 0)) return [];
  const a = from.units.lead.join('、');
  const b = to.units.lead.join('、');
  if (!a) return [{ kind: 'lead', from: null, to: b, direction: 'added' }];
  if (!b) return [{ kind: 'lead', from: a, to: null, direction: 'dropped' }];
  return [{ kind: 'lead', from: a, to: b, direction: 'changed' }];
}

export interface StrengthInput {
  from: Measure;
  to: Measure;
  diffs: readonly Diff[];
  fromTokens: readonly Token[];
  toTokens: readonly Token[];
  fromMask: readonly boolean[];
  toMask: readonly boolean[];
  units: UnitChanges;
  scale: StrengthScale;
  /** The targets of content/targets.yaml (none when not given). */
  targets?: readonly Target[];
}

/** How many tokens the lead sentence (the measure's title, `length` printed characters) takes. */
function titleTokens(tokens: readonly Token[], length: number): number {
  let printed = 0;
  let k = 0;
  while (k < tokens.length && printed < length) printed += tokens[k++]!.text.length;
  return k;
}

/** Two headings are one heading reworded when at least half of the longer is left equal by their diff. */
function sameHeading(a: string, b: string): boolean {
  const equal = diffTexts(a, b)
    .filter(([op]) => op === DIFF_EQUAL)
    .reduce((n, [, text]) => n + text.length, 0);
  return equal * 2 >= Math.max(a.length, b.length);
}

export function strengthChanges(input: StrengthInput): StrengthChange[] {
  const titles = [
    titleTokens(input.fromTokens, input.from.title.length),
    titleTokens(input.toTokens, input.to.title.length),
  ] as const;
  const norm = (tokens: readonly Token[], n: number) =>
    tokens
      .slice(0, n)
      .map((t) => t.norm)
      .join('');
  const headings = sameHeading(norm(input.fromTokens, titles[0]), norm(input.toTokens, titles[1]))
    ? titles
    : ([0, 0] as const);
  return [
    ...verbChanges(input.diffs, input.fromTokens, input.toTokens, input.fromMask, input.scale, headings),
    ...quantityChanges(alignedSpan(input.fromTokens, input.fromMask), alignedSpan(input.toTokens, input.toMask)),
    ...targetChanges(input.from.id, input.to.id, input.targets ?? []),
    ...leadChange(input.from, input.to, input.units),
  ];
}
