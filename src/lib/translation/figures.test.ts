import { describe, expect, it } from 'vitest';
import { chineseFigures, englishFigures, missingFigures } from './figures.ts';

const values = (figures: { value: number }[]) => figures.map((f) => f.value);

describe('figures of a translation', () => {
  it('reads Chinese magnitudes as values', () => {
    expect(values(chineseFigures('绿色贷款余额达到100亿元以上，惠及2万户，1.5亿元，降低14%'))).toEqual([
      1e10, 20_000, 150_000_000, 14,
    ]);
    expect(values(chineseFigures('２０２５年'))).toEqual([2025]);
  });

  it('reads English scale words, thousands commas and month names', () => {
    expect(values(englishFigures('10 billion yuan for 20,000 households on 30 March 2023'))).toEqual([
      1e10, 20_000, 30, 2023, 3,
    ]);
  });

  it('finds the figure an English translation lost or converted wrongly', () => {
    expect(missingFigures('到2025年绿色贷款余额达到100亿元', 'green loans of 10 billion yuan by 2025')).toEqual([]);
    // 100亿 is 10 billion, not 100 billion.
    expect(missingFigures('到2025年绿色贷款余额达到100亿元', 'green loans of 100 billion yuan by 2025')).toEqual([
      { printed: '100亿', value: 1e10 },
    ]);
    expect(missingFigures('2万户', 'households')).toEqual([{ printed: '2万', value: 20_000 }]);
    expect(missingFigures('2023年3月30日', '30 March 2023')).toEqual([]);
  });
});
