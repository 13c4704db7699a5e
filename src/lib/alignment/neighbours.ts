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

/**
 * Scores every candidate of a document in one pass over the postings (term at a time): the dot
 * product over the indexed n-grams is summed posting by posting, and the n-grams left out of the
 * index (too common) are added from a dense vector, so the score is the full cosine, unrounded.
 * Cost per document: the lengths of its indexed n-grams' postings, each at most
 * `maxDocumentFrequency`, plus a few steps per candidate for the common n-grams.
 */
export interface CandidateScorer {
  /** Calls `visit` once per document sharing an indexed n-gram with `doc` (not `doc` itself), with its unrounded cosine. */
  forEachCandidate(doc: number, visit: (other: number, score: number) => void): void;
}

export function candidateScorer(
  model: TfIdfModel,
  maxDocumentFrequency: number = NEIGHBOUR_PARAMETERS.maxDocumentFrequency,
): CandidateScorer {
  const { vectors } = model;
  const df = new Map<string, number>();
  for (const vector of vectors) for (const gram of vector.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  // Integer ids: indexed n-grams in postings; common ones in a small dense space.
  const postingOf = new Map<string, { docs: number[]; weights: number[] }>();
  const commonId = new Map<string, number>();
  for (const [gram, count] of df) {
    if (count > maxDocumentFrequency) commonId.set(gram, commonId.size);
    else if (count > 1) postingOf.set(gram, { docs: [], weights: [] });
  }
  // Per document: the postings of its indexed n-grams (shared objects, filled as documents are read) and its weights.
  const own = vectors.map(() => ({ postings: [] as { docs: number[]; weights: number[] }[], weights: [] as number[] }));
  const common = vectors.map(() => ({ ids: [] as number[], weights: [] as number[] }));
  vectors.forEach((vector, doc) => {
    for (const [gram, weight] of vector) {
      const posting = postingOf.get(gram);
      if (posting) {
        posting.docs.push(doc);
        posting.weights.push(weight);
        own[doc]!.postings.push(posting);
        own[doc]!.weights.push(weight);
      } else if (commonId.has(gram)) {
        common[doc]!.ids.push(commonId.get(gram)!);
        common[doc]!.weights.push(weight);
      }
    }
  });
  const sums = new Float64Array(vectors.length);
  const touched = new Uint8Array(vectors.length);
  const dense = new Float64Array(commonId.size);
  return {
    forEachCandidate(doc, visit) {
      const found: number[] = [];
      const { postings, weights: mineWeights } = own[doc]!;
      postings.forEach(({ docs, weights }, g) => {
        const weight = mineWeights[g]!;
        for (let i = 0; i < docs.length; i++) {
          const other = docs[i]!;
          if (other === doc) continue;
          if (touched[other] === 0) {
            touched[other] = 1;
            found.push(other);
          }
          sums[other]! += weight * weights[i]!;
        }
      });
      const mine = common[doc]!;
      mine.ids.forEach((id, i) => (dense[id] = mine.weights[i]!));
      for (const other of found) {
        const theirs = common[other]!;
        let dot = sums[other]!;
        for (let i = 0; i < theirs.ids.length; i++) dot += dense[theirs.ids[i]!]! * theirs.weights[i]!;
        sums[other] = 0;
        touched[other] = 0;
        visit(other, dot);
      }
      for (const id of mine.ids) dense[id] = 0;
    },
  };
}

/** Candidates scoring this far below the floor are dropped before rounding: rounding moves a score by at most half of 1e-4. */
export const SCORE_MARGIN = 1e-4;

/**
 * Rounds an unrounded score (from a CandidateScorer) exactly as `cosine` rounds. The two sums differ
 * only in the order of their terms, which can matter only right at a rounding boundary: there, and
 * only there, the score is recomputed with `cosine` (`exact`), so the result is always `cosine`'s.
 */
export function roundScore(raw: number, exact: () => number): number {
  const scaled = raw * 10_000;
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) return exact();
  return Math.min(1, Math.round(scaled) / 10_000);
}

/**
 * The k best of `rough` (unrounded scores from a CandidateScorer), rounded as `cosine` rounds and at
 * least `floor`; best first, ties by index.
 */
export function refineTopK(
  rough: readonly Neighbour[],
  k: number,
  floor: number,
  exact: (index: number) => number,
): Neighbour[] {
  const found: Neighbour[] = [];
  for (const { index, score } of rough) {
    const rounded = roundScore(score, () => exact(index));
    if (rounded >= floor) found.push({ index, score: rounded });
  }
  return found.sort(byScore).slice(0, k);
}

/** For every document, its k most similar documents scoring at least `floor`, found through the inverted index. */
export function nearestNeighbours(model: TfIdfModel, options: NeighbourOptions): Neighbour[][] {
  const { k, floor, allow = () => true } = options;
  const scorer = candidateScorer(model, options.maxDocumentFrequency);
  return model.vectors.map((vector, a) => {
    const rough: Neighbour[] = [];
    scorer.forEachCandidate(a, (b, score) => {
      if (score >= floor - SCORE_MARGIN && allow(a, b)) rough.push({ index: b, score });
    });
    return refineTopK(rough, k, floor, (b) => cosine(vector, model.vectors[b]!));
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
