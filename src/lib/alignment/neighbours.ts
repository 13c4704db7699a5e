/**
 * Nearest neighbours without comparing every pair. An inverted index maps each character n-gram
 * to the documents that contain it; a document's candidates are the documents it shares an
 * informative n-gram with, and only candidates are scored. N-grams found in more than
 * `maxDocumentFrequency` documents (绿色, 金融, 支持) are left out of the index: they say little about
 * which documents belong together, and their posting lists are what would make the work grow with
 * the square of the corpus. With that cap, building the index and finding every document's
 * candidates cost at most `maxDocumentFrequency` steps per n-gram occurrence: linear in the corpus.
 *
 * Hand-written because it is a few lines over Maps; the libraries that do this (search engines,
 * MinHash/LSH packages) bring approximations or a whole engine we would not use.
 */
import { cosine, type TfIdfModel } from './similarity.ts';

export const NEIGHBOUR_PARAMETERS = {
  /** N-grams in more documents than this are too common to suggest a neighbour (see above). */
  maxDocumentFrequency: 256,
} as const;

export interface InvertedIndex {
  /** The documents (indices) that share at least one indexed n-gram with `doc`, with how many they share; `doc` itself excluded. */
  candidates(doc: number): Map<number, number>;
}

/** Indexes each document's n-grams (any iterable of strings, e.g. a TF-IDF vector's keys). */
export function invertedIndex(
  documents: readonly Iterable<string>[],
  maxDocumentFrequency: number = NEIGHBOUR_PARAMETERS.maxDocumentFrequency,
): InvertedIndex {
  const grams = documents.map((doc) => [...new Set(doc)]);
  const postings = new Map<string, number[]>();
  grams.forEach((doc, index) => {
    for (const gram of doc) {
      const list = postings.get(gram);
      if (list) list.push(index);
      else postings.set(gram, [index]);
    }
  });
  for (const [gram, list] of postings) if (list.length > maxDocumentFrequency) postings.delete(gram);
  return {
    candidates(doc) {
      const shared = new Map<number, number>();
      for (const gram of grams[doc] ?? []) {
        for (const other of postings.get(gram) ?? []) {
          if (other !== doc) shared.set(other, (shared.get(other) ?? 0) + 1);
        }
      }
      return shared;
    },
  };
}

export interface Neighbour {
  /** Index of the neighbouring document. */
  index: number;
  /** Cosine similarity, rounded as `cosine` rounds. */
  score: number;
}

export interface NeighbourOptions {
  /** At most this many neighbours per document. */
  k: number;
  /** Neighbours scoring below this are not kept. */
  floor: number;
  /** Which pairs may be neighbours (e.g. measures of different plans). */
  allow?: (a: number, b: number) => boolean;
  maxDocumentFrequency?: number;
}

/** Best first; ties by index, so the output is deterministic. */
function byScore(a: Neighbour, b: Neighbour): number {
  return b.score - a.score || a.index - b.index;
}

/** For every document, its k most similar documents scoring at least `floor`, found through the inverted index. */
export function nearestNeighbours(model: TfIdfModel, options: NeighbourOptions): Neighbour[][] {
  const { k, floor, allow = () => true } = options;
  const index = invertedIndex(
    model.vectors.map((v) => v.keys()),
    options.maxDocumentFrequency,
  );
  return model.vectors.map((vector, a) => {
    const found: Neighbour[] = [];
    for (const b of index.candidates(a).keys()) {
      if (!allow(a, b)) continue;
      const score = cosine(vector, model.vectors[b]!);
      if (score >= floor) found.push({ index: b, score });
    }
    return found.sort(byScore).slice(0, k);
  });
}

/** The same answer by scoring every pair: the reference the index is tested against. */
export function nearestNeighboursByScan(model: TfIdfModel, options: NeighbourOptions): Neighbour[][] {
  const { k, floor, allow = () => true } = options;
  return model.vectors.map((vector, a) => {
    const found: Neighbour[] = [];
    model.vectors.forEach((other, b) => {
      if (b === a || !allow(a, b)) return;
      const score = cosine(vector, other);
      if (score >= floor) found.push({ index: b, score });
    });
    return found.sort(byScore).slice(0, k);
  });
}
