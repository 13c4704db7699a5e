/**
 * The English beside the Chinese on the plan and measure pages of the English edition: for each
 * block of a plan, its English from content/translations/en/ cut into paragraphs, lines or table
 * rows, with the first rendering of each glossary term linked to its entry, and the entry's
 * translation status. Also the small helpers the views use to mark Chinese inside English text.
 */
import type { BuildContext } from '#lib/build/context.ts';
import type { Locale, MessageId, MessageParams } from '#lib/i18n/catalogue.ts';
import type { Plan, PlanBlock } from './types.ts';
import { blockKey, type BlockTranslation } from '#lib/translation/translation.ts';
import { chineseUnits } from '#lib/translation/units.ts';
import { linkTerms, type LinkedPiece } from '#lib/translation/term-links.ts';

/** Text that is either in the page's language (a string) or marked with its own language. */
export type Piece = string | { text: string; lang: 'zh-CN' | 'en' };

/** Chinese text on a page of `locale`: marked as Chinese on English pages, as it is on Chinese ones. */
export function chinese(text: string, locale: Locale): Piece {
  return locale === 'en' ? { text, lang: 'zh-CN' } : text;
}

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * A catalogue message whose parameters named in `chineseParams` are Chinese (printed names,
 * quotes): on an English page each becomes a piece marked lang="zh-CN"; on a Chinese page the
 * message is one string, as before.
 */
export function mixedMessage(
  say: (id: MessageId, params?: MessageParams) => string,
  locale: Locale,
  id: MessageId,
  params: MessageParams,
  chineseParams: readonly string[],
): Piece[] {
  if (locale !== 'en') return [say(id, params)];
  const marked = { ...params };
  for (const name of chineseParams) marked[name] = `${OPEN}${params[name]}${CLOSE}`;
  const text = say(id, marked);
  const pieces: Piece[] = [];
  for (const part of text.split(OPEN)) {
    const end = part.indexOf(CLOSE);
    if (end < 0) {
      if (part) pieces.push(part);
      continue;
    }
    if (end > 0) pieces.push({ text: part.slice(0, end), lang: 'zh-CN' });
    if (part.slice(end + 1)) pieces.push(part.slice(end + 1));
  }
  return pieces;
}

const HAN_RUN =
  /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF](?:[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\d\s·、]*[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])?/gu;

/** An English text that quotes Chinese (a citation's original title): each run of Han characters marked as Chinese. */
export function markHanRuns(text: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > at) pieces.push(text.slice(at, match.index));
    pieces.push({ text: match[0], lang: 'zh-CN' });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

/** One block's English as the English cell shows it. */
export interface EnglishBlock {
  status: BlockTranslation['status'];
  /** Headings, paragraphs, the 文号 line and measures: the English paragraph by paragraph. */
  paragraphs: LinkedPiece[][];
  /** Signatures and colophons: one English line per printed line. */
  lines: LinkedPiece[][];
  /** Annex tables: the English column headings and rows. */
  header: string[];
  rows: LinkedPiece[][][];
}

/** Pieces cut at line breaks: one list of pieces per paragraph. */
function splitParagraphs(pieces: readonly LinkedPiece[]): LinkedPiece[][] {
  const paragraphs: LinkedPiece[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.href ? [piece.text] : piece.text.split('\n');
    parts.forEach((text, i) => {
      if (i > 0) paragraphs.push([]);
      if (text) paragraphs[paragraphs.length - 1]!.push({ ...piece, text });
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}

function at(entry: BlockTranslation, path: readonly (string | number)[]): string {
  let value: unknown = entry;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : '';
}

/** The English of one block, its glossary terms linked (the first rendering of each per block). */
export function englishBlock(
  ctx: Pick<BuildContext, 'translations' | 'glossary'>,
  plan: Pick<Plan, 'slug'>,
  block: PlanBlock,
  index: number,
): EnglishBlock {
  const key = blockKey(block, index);
  const entry = ctx.translations.bySlug.get(plan.slug)?.blocks.get(key);
  if (!entry) throw new Error(`no English translation of block ${key} of plan ${plan.slug}`);
  const linked = new Set<string>();
  const units = chineseUnits(block);
  const link = (path: readonly (string | number)[]) => {
    const unit = units.find((u) => u.path.join('.') === path.join('.'));
    return linkTerms(unit?.text ?? '', at(entry, path), ctx.glossary, linked);
  };
  const empty = { paragraphs: [], lines: [], header: [], rows: [] };
  switch (block.kind) {
    case 'signature':
    case 'colophon':
      return { ...empty, status: entry.status, lines: block.lines.map((_, i) => link(['lines', i])) };
    case 'table':
      return {
        ...empty,
        status: entry.status,
        header: entry.header ?? [],
        rows: block.rows.map((row, r) => row.map((_, c) => link(['rows', r, c]))),
      };
    default:
      return { ...empty, status: entry.status, paragraphs: splitParagraphs(link(['en'])) };
  }
}

/** Every block's English, keyed by the block's id on the plan page. */
export function englishBlocks(
  ctx: Pick<BuildContext, 'translations' | 'glossary'>,
  plan: Plan,
): Map<string, EnglishBlock> {
  return new Map(plan.blocks.map((block, index) => [blockKey(block, index), englishBlock(ctx, plan, block, index)]));
}

/** How many of a plan's blocks have a reviewed translation, of how many. */
export function translationStatus(blocks: ReadonlyMap<string, EnglishBlock>): { reviewed: number; total: number } {
  let reviewed = 0;
  for (const block of blocks.values()) if (block.status === 'reviewed') reviewed++;
  return { reviewed, total: blocks.size };
}
