import { describe, expect, it } from 'vitest';
import { planTextSections, planTextRecords, searchFilters } from './records.ts';
import { buildSample } from '#tests/fixtures/sample-library.ts';

const library = buildSample();
const plan = library.plans[0]!;

describe('plan text sections', () => {
  const sections = planTextSections(plan);

  it('hold every block of plan text outside measures, once, in order', () => {
    const outside = plan.blocks
      .filter((b) => b.kind !== 'measure')
      .map((b) =>
        'text' in b
          ? b.text
          : 'lines' in b
            ? b.lines.join('')
            : b.kind === 'table'
              ? b.header.join('') + b.rows.flat().join('')
              : '',
      )
      .join('');
    expect(
      sections
        .map((s) => s.text)
        .join('')
        .replace(/[\s]/g, ''),
    ).toBe(outside.replace(/\s/g, ''));
    expect(sections.some((s) => s.text.includes('推动金融机构健全架构'))).toBe(false);
  });

  it('open at the anchors of the plan page: headings, labelled paragraphs, annex tasks', () => {
    const anchors = sections.map((s) => s.anchor);
    expect(anchors).toContain('s1-1');
    expect(anchors).toContain('task-2');
    expect(sections.find((s) => s.anchor === 's1-1')!.text).toContain('绿色贷款余额达到10亿元');
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('search records', () => {
  it('link each section to its anchor and carry the plan filters', () => {
    const records = planTextRecords(library);
    expect(records.every((r) => r.url.startsWith('/plans/sample/#'))).toBe(true);
    expect(records[0]!.filters).toEqual(searchFilters(plan));
    expect(searchFilters(plan, ['carbon'])).toEqual({
      plan: ['sample'],
      region: ['重庆'],
      level: ['district-plan'],
      category: ['carbon'],
    });
  });
});
