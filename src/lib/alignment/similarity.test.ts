import { describe, expect, it } from 'vitest';
import { cosine, ngramCounts, pairwiseSimilarity, sharedTerms, tfIdf } from './similarity.ts';

const corpus = [
  '推动企业接入碳账户系统，加快形成碳资产。',
  '探索建立碳账户体系，逐步建立控排企业的碳账户。',
  '加强绿色金融人才培养和引进。',
  '推动企业接入碳账户系统，加快形成碳资产。',
  '完善交通基础设施建设。',
];

describe('character n-grams', () => {
  it('count bigrams and trigrams within runs, never across punctuation, after NFKC', () => {
    const counts = ngramCounts('碳账户，碳账户');
    expect(counts.get('碳账')).toBe(2);
    expect(counts.get('碳账户')).toBe(2);
    expect(counts.has('户碳')).toBe(false);
    expect(ngramCounts('ESG理念')).toEqual(ngramCounts('ＥＳＧ 理念'));
  });
});

describe('TF-IDF cosine', () => {
  const model = tfIdf(corpus);
  const sim = (a: number, b: number) => cosine(model.vectors[a]!, model.vectors[b]!);

  it('is 1 for identical texts and 0 for texts sharing no n-gram', () => {
    expect(sim(0, 3)).toBe(1);
    expect(sim(2, 4)).toBe(0);
  });

  it('is symmetric and ranks a text on the same subject above an unrelated one', () => {
    expect(sim(0, 1)).toBe(sim(1, 0));
    expect(sim(0, 1)).toBeGreaterThan(sim(0, 2));
    expect(sim(0, 1)).toBeGreaterThan(0);
    expect(sim(0, 1)).toBeLessThan(1);
  });

  it('weighs an n-gram found in every document less than a rare one', () => {
    const m = tfIdf(['绿色金融碳账户', '绿色金融人才', '绿色金融交通']);
    expect(m.idf.get('绿色')!).toBeLessThan(m.idf.get('碳账')!);
  });

  it('scores only the pairs allowed, once each', () => {
    const pairs = pairwiseSimilarity(model, (a, b) => a % 2 !== b % 2);
    expect(pairs.every((p) => p.a < p.b && p.a % 2 !== p.b % 2)).toBe(true);
    expect(pairs).toHaveLength(6);
  });

  it('names the heaviest shared terms, longest form only', () => {
    expect(sharedTerms(model, 0, 1)).toContain('碳账户');
    expect(sharedTerms(model, 0, 1)).not.toContain('碳账');
  });
});
