import { describe, expect, it } from 'vitest';
import { comparable, comparableSource, compareWithSource } from './source-text.ts';
import { ContentProblems } from '#lib/content/errors.ts';
import type { Block } from './document.ts';

const blocks: Block[] = [
  { kind: 'heading', depth: 1, text: '示例方案', line: 3 },
  { kind: 'paragraph', text: '到 2025 年，绿色贷款达到10亿元。', line: 5 },
  { kind: 'measure', number: '1', paragraphs: ['1.推动机构健全架构。'], line: 7, paragraphLines: [8] },
];

function problemsFor(source: string) {
  const problems = new ContentProblems();
  compareWithSource('p.mdx', 's.txt', blocks, source, problems);
  return problems.errors;
}

describe('plan text against its source', () => {
  it('is compared after NFKC without white space, the source without extraction marks', () => {
    expect(comparable('１０ 亿元，\n')).toBe('10亿元,');
    expect(comparableSource('# **示例**方案\n预览已结束，请下载')).toBe('示例方案');
    expect(problemsFor('# 示例方案\n到2025年，绿色贷款达到**10亿元**。\n1.推动机构健全架构。\n')).toEqual([]);
  });

  it('reports the first difference at the line it is on, with both readings', () => {
    const [problem, ...rest] = problemsFor('示例方案\n到2025年，绿色贷款达到10亿元。\n1.推动机构健全组织架构。');
    expect(rest).toEqual([]);
    expect(problem!.location).toEqual({ file: 'p.mdx', line: 8, field: 'text' });
    expect(problem!.found).toContain('健全架构');
    expect(problem!.expected).toContain('健全组织架构');
  });

  it('reports a plan that stops before its source', () => {
    const [problem] = problemsFor('示例方案\n到2025年，绿色贷款达到10亿元。\n1.推动机构健全架构。\n2.加强宣传。');
    expect(problem!.location.line).toBe(8);
    expect(problem!.found).toBe('the end of the plan text');
    expect(problem!.expected).toContain('2.加强宣传');
  });
});
