import { describe, expect, it } from 'vitest';
import { buildSample, problemsWith, SAMPLE_FILE } from '#tests/fixtures/sample-library.ts';

describe('annex task breakdown', () => {
  const [plan] = buildSample().plans;

  it('links annex tasks to the measure that contains them and shows where leads differ', () => {
    expect(plan!.annexTasks.map((t) => [t.number, t.measure])).toEqual([
      [1, 'sample/1'],
      [2, 'sample/2'],
    ]);
    expect(plan!.annexTasks[0]!.leadNotInMeasure).toEqual([]);
    expect(plan!.annexTasks[0]!.measureLeadNotInTask).toEqual(['人行示例支行']);
  });
});

/** Every message must name the file and say where and what was expected. */
function expectProblem(messages: string[], pattern: RegExp) {
  expect(
    messages.some((m) => m.startsWith(SAMPLE_FILE) && pattern.test(m)),
    messages.join('\n'),
  ).toBe(true);
}

describe('annex tables that do not fit stop the build', () => {
  it('rejects an annex task that repeats no measure', () => {
    expectProblem(
      problemsWith('| 2 | 推动企业接入碳账户系统。', '| 2 | 建设别的系统。'),
      /\(工作举措\): task 2 .* is not found in the text of any measure/,
    );
  });

  it('rejects a table that is not a task breakdown', () => {
    expectProblem(
      problemsWith('| 序号 | 工作举措 |', '| 编号 | 工作举措 |'),
      /a table must be a task breakdown with the columns 序号 \| 工作举措/,
    );
  });
});
