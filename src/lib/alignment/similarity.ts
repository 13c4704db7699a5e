/**
 * Similarity of Chinese texts by character n-grams: bigrams and trigrams weighted by TF-IDF over
 * the whole corpus, compared by cosine. Chinese has no spaces, so character n-grams stand in for
 * words; a shared trigram such as 碳账户 weighs more than a shared bigram, and an n-gram found in
 * every document (绿色, 金融) weighs almost nothing.
 */

/** Texts are compared after NFKC (full- and half-width punctuation agree) with white space removed. */
export function normalizeForComparison(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Letters and digits of any script; n-grams never span punctuation. */
const WORD_CHARS = /[\p{L}\p{N}]+/gu;

/** The character n-grams of a text (n = each of `sizes`), counted, within runs between punctuation. */
export function ngramCounts(text: string, sizes: readonly number[] = [2, 3]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of normalizeForComparison(text).match(WORD_CHARS) ?? []) {
    const chars = Array.from(run);
    for (const n of sizes) {
      for (let i = 0; i + n <= chars.length; i++) {
        const gram = chars.slice(i, i + n).join('');
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** A document as a unit-length TF-IDF vector (sparse). */
export type SparseVector = Map<string, number>;

export interface TfIdfModel {
  /** Inverse document frequency of every n-gram in the corpus. */
  idf: Map<string, number>;
  vectors: SparseVector[];
}

/**
 * TF-IDF over the corpus: tf = 1 + ln(count) (a term repeated ten times is not ten times as telling),
 * idf = ln((1 + N) / (1 + df)) + 1 (smoothed, so no weight is zero or infinite). Vectors are
 * normalised to unit length, so cosine similarity is a dot product.
 */
export function tfIdf(documents: readonly string[], sizes: readonly number[] = [2, 3]): TfIdfModel {
  const counts = documents.map((doc) => ngramCounts(doc, sizes));
  const df = new Map<string, number>();
  for (const doc of counts) for (const gram of doc.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [gram, frequency] of df) idf.set(gram, Math.log((1 + n) / (1 + frequency)) + 1);
  const vectors = counts.map((doc) => {
    const vector: SparseVector = new Map();
    let norm = 0;
    for (const [gram, count] of doc) {
      const weight = (1 + Math.log(count)) * idf.get(gram)!;
      vector.set(gram, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [gram, weight] of vector) vector.set(gram, weight / norm);
    return vector;
  });
  return { idf, vectors };
}

/** Cosine similarity of two unit vectors: 1 for the same n-grams in the same proportions, 0 for none shared. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [gram, weight] of small) {
    const other = large.get(gram);
    if (other !== undefined) dot += weight * other;
  }
  // Rounding keeps output stable across platforms and summation order.
  return Math.min(1, Math.round(dot * 10_000) / 10_000);
}

export interface ScoredPair {
  /** Indices into the documents, a < b. */
  a: number;
  b: number;
  score: number;
}

/**
 * Every pair of documents that `compare` allows (e.g. from different plans), scored. Pairs are
 * listed once, lower index first, in index order.
 */
export function pairwiseSimilarity(
  model: TfIdfModel,
  compare: (a: number, b: number) => boolean = () => true,
): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  const { vectors } = model;
  for (let a = 0; a < vectors.length; a++) {
    for (let b = a + 1; b < vectors.length; b++) {
      if (compare(a, b)) pairs.push({ a, b, score: cosine(vectors[a]!, vectors[b]!) });
    }
  }
  return pairs;
}

/** The n-grams two documents share, heaviest first: what a reader can check a score against. */
export function sharedTerms(model: TfIdfModel, a: number, b: number, limit = 8): string[] {
  const va = model.vectors[a]!;
  const vb = model.vectors[b]!;
  return [...va]
    .filter(([gram]) => vb.has(gram))
    .map(([gram, weight]) => [gram, weight * vb.get(gram)!] as const)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .filter(([gram], _, all) => !all.some(([other]) => other !== gram && other.includes(gram)))
    .slice(0, limit)
    .map(([gram]) => gram);
}
