import { describe, expect, it } from 'vitest';
import { buildTargets, comparableMetrics, TARGETS_FILE } from './targets.ts';
import { buildSample, problemsOf, withoutProblems } from '#tests/fixtures/sample-library.ts';

const library = buildSample();
const TARGETS = `metrics:
  - id: green-loan-balance
    name: 绿色贷款余额
    nameEn: Green loan balance
    description: 说明。
    descriptionEn: About.
targets:
  - plan: sample
    metric: green-loan-balance
    value: 10
    valueText: 10亿元
    unit: 亿元
    comparator: "="
    baseline: null
    deadline: 2025
    quote: 绿色贷款余额达到10亿元
    location: 一（一）
    note: null
    noteEn: null
    unitEn: 100 million yuan
    valueTextEn: 1 billion yuan
`;

const problems = (text: string) => problemsOf((p) => buildTargets(text, library, p));

describe('targets', () => {
  it('link each target to the anchor of the paragraph its quote stands in', () => {
    const table = withoutProblems((p) => buildTargets(TARGETS, library, p));
    expect(table.targets[0]).toMatchObject({ url: '/plans/sample/#s1-1', measure: null });
  });

  it('fail when the quote is not verbatim at its location, naming the line', () => {
    expect(problems(TARGETS.replace('quote: 绿色贷款余额达到10亿元', 'quote: 绿色贷款余额达到 10 亿元'))).toEqual([
      `${TARGETS_FILE}:16 (targets.0.quote): quote does not stand verbatim at sample 一（一）; found "绿色贷款余额达到 10 亿元"; expected words exactly as printed at 一（一）: "（一）绿色贷款余额达到10亿元。到2025年实现。"`,
    ]);
  });

  it('fail when the figure as printed is not in the quote', () => {
    expect(problems(TARGETS.replace('valueText: 10亿元', 'valueText: 十亿元'))).toEqual([
      `${TARGETS_FILE}:11 (targets.0.valueText): valueText is not in the quote; found "十亿元"; expected the figure exactly as printed in the quote`,
    ]);
  });

  it('fail on a place the plan does not have, an unknown metric or plan', () => {
    expect(problems(TARGETS.replace('location: 一（一）', 'location: 一（九）'))).toEqual([
      expect.stringContaining('no place 一（九） in sample'),
    ]);
    expect(problems(TARGETS.replace('metric: green-loan-balance', 'metric: green-loans'))).toEqual([
      expect.stringContaining('unknown metric "green-loans"'),
    ]);
    expect(problems(TARGETS.replace('  - plan: sample', '  - plan: elsewhere'))).toEqual([
      expect.stringContaining('unknown plan "elsewhere"'),
    ]);
  });

  it('compare in a chart only metrics two plans set in the same unit', () => {
    const table = withoutProblems((p) => buildTargets(TARGETS, library, p));
    expect(comparableMetrics(table)).toEqual([]);
    const twice = { ...table, targets: [...table.targets, { ...table.targets[0]!, plan: 'other' }] };
    expect(comparableMetrics(twice).map((m) => m.id)).toEqual(['green-loan-balance']);
    const units = { ...table, targets: [...table.targets, { ...table.targets[0]!, plan: 'other', unit: '%' }] };
    expect(comparableMetrics(units)).toEqual([]);
  });
});
