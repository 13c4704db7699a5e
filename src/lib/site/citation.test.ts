import { describe, expect, it } from 'vitest';
import { citationAuthors, citationText, planCitation } from './citation.ts';
import { buildSample } from '#tests/fixtures/sample-library.ts';

describe('GB/T 7714 citations', () => {
  it('list at most three authors, then 等', () => {
    expect(citationAuthors(['甲', '乙'])).toBe('甲, 乙');
    expect(citationAuthors(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
  });

  it('cite a measure with its plan, number, [EB/OL], dates and URL', () => {
    const library = buildSample();
    const plan = library.plans[0]!;
    const measure = plan.measures[1]!;
    const text = citationText(planCitation(plan, 'https://example.org/plans/sample/2/', measure), '2026-11-21');
    expect(text).toBe(
      '示例区人民政府办公室. 示例区绿色金融工作方案: 示府办发〔2023〕1号: 第2条 参与碳金融市场发展[EB/OL]. (2023-01-02)[2026-11-21]. https://example.org/plans/sample/2/.',
    );
  });
});
