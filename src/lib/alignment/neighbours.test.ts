import { describe, expect, it } from 'vitest';
import { invertedIndex, nearestNeighbours, nearestNeighboursByScan } from './neighbours.ts';
import { tfIdf } from './similarity.ts';
import { loadContent } from '#lib/build/load.ts';

describe('inverted index', () => {
  it('finds the documents that share an n-gram, counting shared n-grams', () => {
    const index = invertedIndex([['碳账', '账户'], ['碳账', '绿色'], ['绿色'], ['其他']]);
    expect([...index.candidates(0)]).toEqual([[1, 1]]);
    expect(new Map(index.candidates(1))).toEqual(
      new Map([
        [0, 1],
        [2, 1],
      ]),
    );
    expect(index.candidates(3).size).toBe(0);
  });

  it('leaves out n-grams found in more documents than the cap', () => {
    const index = invertedIndex([['绿色', '碳账'], ['绿色'], ['绿色', '碳账']], 2);
    expect([...index.candidates(1).keys()]).toEqual([]);
    expect([...index.candidates(0).keys()]).toEqual([2]);
  });
});

describe('nearest neighbours on the real corpus', () => {
  const library = loadContent().library;
  const { measures } = library;
  const model = tfIdf(measures.map((m) => m.substance));
  const allow = (a: number, b: number) => measures[a]!.plan !== measures[b]!.plan;

  it('returns the same top-k as scoring every pair', () => {
    // One scan for the largest k: a smaller k's answer is each list's head.
    const scan = nearestNeighboursByScan(model, { k: 10, floor: 0.1, allow });
    for (const k of [1, 5, 10]) {
      expect(nearestNeighbours(model, { k, floor: 0.1, allow })).toEqual(scan.map((list) => list.slice(0, k)));
    }
  });

  it('still agrees with the scan when common n-grams are left out of the index', () => {
    // A tight cap drops many n-grams; pairs above the floor still share a rarer one.
    const options = { k: 5, floor: 0.2, allow, maxDocumentFrequency: 20 };
    const scan = nearestNeighboursByScan(model, options);
    expect(scan.flat().length).toBeGreaterThan(0);
    expect(nearestNeighbours(model, options)).toEqual(scan);
  });

  it('never pairs two measures of the same plan when told not to', () => {
    const neighbours = nearestNeighbours(model, { k: 10, floor: 0, allow });
    neighbours.forEach((list, a) => {
      for (const n of list) expect(measures[n.index]!.plan).not.toBe(measures[a]!.plan);
    });
  });
});
