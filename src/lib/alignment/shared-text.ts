/** Marks the stretches of a measure's text that text reuse (text-reuse.ts) found in other plans. */
import { mergeCrowdedSegments, type SharedSegment } from './text-reuse.ts';
import { message, nameFirstThenCount, type Locale } from '#lib/i18n/catalogue.ts';
import { ALIGNMENT_PARAMETERS } from './alignment.ts';

/** A measure's text cut into pieces: plain, or shared with the listed plans. */
export interface TextPiece {
  text: string;
  sharedWith: string[];
}

/**
 * A mark names at most this many plans. Past it, the label gives a count, and neighbouring marks
 * that both exceed it become one: a run shared with dozens of plans would otherwise be cut into a
 * mark for every subset of them, and a page would grow with the square of the corpus.
 */
export const SHARED_NAMES_SHOWN: number = ALIGNMENT_PARAMETERS.sharedNamesShown;

export function markSharedText(
  text: string,
  segments: readonly SharedSegment[] = [],
  namesShown: number = SHARED_NAMES_SHOWN,
): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const segment of mergeCrowdedSegments(text, segments, namesShown)) {
    if (segment.start > at) pieces.push({ text: text.slice(at, segment.start), sharedWith: [] });
    pieces.push({ text: text.slice(segment.start, segment.end), sharedWith: segment.groups });
    at = segment.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), sharedWith: [] });
  return pieces;
}

/** "亦见于A、B" — or, past `namesShown` plans, the first of them and how many there are (nameFirstThenCount). */
export function sharedLabel(
  plans: readonly string[],
  name: (slug: string) => string,
  namesShown: number = SHARED_NAMES_SHOWN,
  locale: Locale = 'zh-CN',
): string {
  const names = nameFirstThenCount(plans.map(name), namesShown, message('agencies.plansUnit', {}, locale), locale);
  return message('compare.shared.alsoInPlans', { names }, locale);
}
