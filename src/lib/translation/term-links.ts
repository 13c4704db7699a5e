/**
 * Glossary links in the English of the plan and measure pages: in each English block, the first
 * place where a glossary term is rendered links to the term's entry on the English glossary page.
 * A term is looked for only where its Chinese stands in the Chinese block (the same pairing the
 * content check makes, glossary.ts termsIn/rendersTerm), so "pilot zone" links only in blocks
 * whose Chinese says 试验区. The words are matched by stems, as the check matches them, so "green
 * bonds" is found for "green bond". Cost: one pass over the glossary per block (the terms are
 * sorted once per glossary), never per page × glossary².
 */
import { stemmer } from 'stemmer';
import { glossaryEntryPath } from '#lib/site/paths.ts';
import type { Glossary, GlossaryTerm } from './glossary.ts';

/** A piece of English text, linked to a glossary entry or not. */
export interface LinkedPiece {
  text: string;
  /** The glossary entry the piece links to. */
  href?: string;
  /** The term's Chinese, for the link's title. */
  term?: string;
}

interface PreparedTerm {
  term: GlossaryTerm;
  /** The stems of the term's English and of each variant, longest first. */
  forms: string[][];
  href: string;
}

/** The glossary with its terms longest-Chinese first and their forms stemmed, made once per glossary. */
const PREPARED = new WeakMap<Glossary, PreparedTerm[]>();

function stemsOf(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  ).map((w) => stemmer(w));
}

function prepared(glossary: Glossary): PreparedTerm[] {
  let terms = PREPARED.get(glossary);
  if (!terms) {
    terms = [...glossary.terms]
      .sort((a, b) => b.zh.length - a.zh.length)
      .map((term) => ({
        term,
        forms: [term.en, ...(term.variants ?? [])].map(stemsOf).sort((a, b) => b.length - a.length),
        href: glossaryEntryPath(term.en, 'en'),
      }));
    PREPARED.set(glossary, terms);
  }
  return terms;
}

/** The English words of a text with where each stands, and their stems. */
function words(english: string): { start: number; end: number; stem: string }[] {
  const found: { start: number; end: number; stem: string }[] = [];
  for (const match of english.matchAll(/[A-Za-z0-9]+/g))
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      stem: stemmer(match[0].normalize('NFKC').toLowerCase()),
    });
  return found;
}

/**
 * The glossary terms whose Chinese stands in `chinese`, longest first, each counted once: a
 * longer term takes its span, so 碳排放权交易 does not also count as 碳排放权 (glossary.ts termsIn).
 */
function termsInBlock(chinese: string, terms: readonly PreparedTerm[]): PreparedTerm[] {
  let rest = chinese;
  const found: PreparedTerm[] = [];
  for (const term of terms) {
    if (!rest.includes(term.term.zh)) continue;
    found.push(term);
    rest = rest.split(term.term.zh).join('\u0000');
  }
  return found;
}

/**
 * The English of one block cut into pieces, the first rendering of each glossary term of the
 * Chinese block linked to its entry. Spans never overlap: a longer term found first keeps its words.
 */
export function linkTerms(
  chinese: string,
  english: string,
  glossary: Glossary,
  /** Terms (by Chinese) already linked in other parts of the same block (a table's rows, a signature's lines): not linked again. */
  linked: Set<string> = new Set(),
): LinkedPiece[] {
  const terms = termsInBlock(chinese, prepared(glossary)).filter((t) => !linked.has(t.term.zh));
  if (terms.length === 0) return [{ text: english }];
  const list = words(english);
  const taken: { start: number; end: number; term: PreparedTerm }[] = [];
  const free = (from: number, to: number) => taken.every((t) => to <= t.start || from >= t.end);
  for (const term of terms) {
    let best: { start: number; end: number } | undefined;
    for (const form of term.forms) {
      if (form.length === 0) continue;
      for (let i = 0; i + form.length <= list.length; i++) {
        if (!form.every((stem, j) => list[i + j]!.stem === stem)) continue;
        const span = { start: list[i]!.start, end: list[i + form.length - 1]!.end };
        if (!free(span.start, span.end)) continue;
        if (!best || span.start < best.start) best = span;
        break;
      }
    }
    if (best) {
      taken.push({ ...best, term });
      linked.add(term.term.zh);
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const pieces: LinkedPiece[] = [];
  let at = 0;
  for (const t of taken) {
    if (t.start > at) pieces.push({ text: english.slice(at, t.start) });
    pieces.push({ text: english.slice(t.start, t.end), href: t.term.href, term: t.term.term.zh });
    at = t.end;
  }
  if (at < english.length) pieces.push({ text: english.slice(at) });
  return pieces;
}
