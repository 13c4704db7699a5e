/** Marks the stretches of a measure's text that text reuse (text-reuse.ts) found in other plans. */
import type { SharedSegment } from './text-reuse.ts';

/** A measure's text cut into pieces: plain, or shared with the listed plans. */
export interface TextPiece {
  text: string;
  sharedWith: string[];
}

export function markSharedText(text: string, segments: readonly SharedSegment[] = []): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const segment of [...segments].sort((a, b) => a.start - b.start)) {
    if (segment.start > at) pieces.push({ text: text.slice(at, segment.start), sharedWith: [] });
    pieces.push({ text: text.slice(segment.start, segment.end), sharedWith: segment.groups });
    at = segment.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), sharedWith: [] });
  return pieces;
}
