import { describe, expect, it } from 'vitest';
import { alignTexts, prepareText } from './align-pair.ts';
import { COUNTERPART_PARAMETERS as P } from './counterparts.ts';

describe('alignment', () => {
  const p = { gram: P.gram, minSegmentScore: P.minSegmentScore, gapCost: P.gapCost };
  const shared = '引导金融机构科学制定绿色金融业务发展规划，';
  const a = `${shared}推动碳减排支持工具落地。`;
  const b = `${shared}发展农林行业碳汇。`;

  it('aligns a clause two texts share', () => {
    const result = alignTexts(prepareText(a, new Set(), p.gram), prepareText(b, new Set(), p.gram), new Set(), p);
    expect(result.informative.size).toBeGreaterThanOrEqual(shared.length - 1);
  });

  it('gives nothing for a clause that is boilerplate (found in many measures)', () => {
    const boilerplate = new Set<string>();
    for (let q = 0; q + p.gram <= shared.length; q++) boilerplate.add(shared.slice(q, q + p.gram));
    const result = alignTexts(prepareText(a, boilerplate, p.gram), prepareText(b, boilerplate, p.gram), boilerplate, p);
    expect(result.informative.size).toBe(0);
  });

  it('finds a clause moved to another place in the measure', () => {
    const moved = `发展农林行业碳汇。${shared}`;
    const result = alignTexts(prepareText(a, new Set(), p.gram), prepareText(moved, new Set(), p.gram), new Set(), p);
    expect(result.informative.size).toBeGreaterThanOrEqual(shared.length - 1);
  });
});
