import { describe, expect, it } from 'vitest';
import { buildPeriods, periodStatus, type PlanPeriod } from './periods.ts';
import { periodStatusText } from './views.ts';
import { buildSample, problemsOf, withoutProblems } from '#tests/fixtures/sample-library.ts';

const library = buildSample();
const plan = library.plans[0]!;
// A sentence of the sample plan at a labelled place, taken from the parse so the test follows the fixture.
const block = plan.blocks.find((b) => b.place !== undefined && b.kind === 'paragraph' && 'text' in b)!;
const quote = (block as { text: string }).text.slice(0, 12);

function yaml(statement: string): string {
  return `asOf: "2026-11-21"\nperiods:\n  - plan: sample\n    statements:\n${statement}\n    note: null\n    noteEn: null\n`;
}

describe('plan periods', () => {
  it('accept a quote that stands at its place', () => {
    const table = withoutProblems((p) =>
      buildPeriods(
        yaml(
          `      - printed: "${quote.slice(0, 4)}"\n        year: null\n        quote: "${quote}"\n        location: "${block.place}"`,
        ),
        library,
        p,
      ),
    );
    expect(table.bySlug.get('sample')!.statements[0]!.quote).toBe(quote);
  });

  it('reject a quote the plan does not print there, naming file, line and field', () => {
    const problems = problemsOf((p) =>
      buildPeriods(
        yaml(
          `      - printed: 到2099年\n        year: 2099\n        quote: 到2099年实现\n        location: "${block.place}"`,
        ),
        library,
        p,
      ),
    );
    expect(problems[0]).toMatch(
      /^content\/periods\.yaml:7 \(periods\.0\.statements\.0\.quote\): the quote does not stand verbatim.*到2099年实现/s,
    );
  });

  it('reject a plan left out', () => {
    expect(problemsOf((p) => buildPeriods('asOf: "2026-11-21"\nperiods: []\n', library, p))[0]).toMatch(
      /no entry for plan sample/,
    );
  });
});

describe('period status', () => {
  const period = (year: number | null): PlanPeriod => ({
    plan: 'x',
    statements: [{ printed: year ? `到${year}年` : '5年左右', year, quote: '', location: '一' }],
    note: null,
    noteEn: null,
  });

  it('says the target year has passed only after that year, on the recorded date', () => {
    expect(periodStatus(period(2025), '2026-01-01').kind).toBe('passed');
    expect(periodStatus(period(2025), '2025-12-31').kind).toBe('running');
    expect(periodStatus(period(null), '2026-01-01').kind).toBe('no-year');
  });

  it('words the status as time only, never as a result', () => {
    const text = periodStatusText(periodStatus(period(2025), '2026-11-21'), '2026-11-21');
    expect(text).toContain('到2025年');
    expect(text).toContain('2026年11月21日');
    expect(text).toContain('不表示目标是否实现');
  });
});
