/** Faults in a plan's body: measures, units, headings, annex tables, and text that leaves its source. */
import { describe, it } from 'vitest';
import { all, edit, expectProblem, lineIn, original, problemsAfter } from './content-copy.ts';

const PLAN = 'plans/tongnan.mdx';
const FILE = `content/${PLAN}`;
const line = (text: string) => lineIn(PLAN, text);
/** The text line of a measure of tongnan, as the file writes it. */
const measureText = (number: number) => original(PLAN).split('\n')[line(`<Measure number="${number}">`)]!;
const M9 = measureText(9);
const UNITS_9 = M9.slice(M9.lastIndexOf('（'));

describe('measure faults', () => {
  it('a number attribute that disagrees with its label is reported once, without "out of sequence" after it', () => {
    expectProblem(problemsAfter(edit(PLAN, '<Measure number="9">', '<Measure number="90">')), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'Measure number',
      found: 'number="90"',
      expected: 'number="9"',
    });
  });

  it('a number that is not a number', () => {
    expectProblem(problemsAfter(edit(PLAN, '<Measure number="9">', '<Measure number="9a">')), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'Measure number',
      found: 'number="9a"',
      expected: 'digits',
    });
  });

  it('a number written as an expression', () => {
    expectProblem(problemsAfter(edit(PLAN, '<Measure number="9">', '<Measure number={9}>')), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'Measure number',
      found: 'number={…}',
      expected: 'number="3"',
    });
  });

  it('an attribute a measure does not take', () => {
    expectProblem(problemsAfter(edit(PLAN, '<Measure number="9">', '<Measure number="9" title="x">')), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'text',
      found: 'title',
      expected: 'number',
    });
  });

  it('a measure whose label and number both repeat the previous one: one duplicate, nothing out of sequence', () => {
    const problems = problemsAfter(
      all(
        edit(PLAN, '<Measure number="10">\n10.', '<Measure number="9">\n9.'),
        edit('sources/000_a517b2b22c002621.txt', '10.探索金融支持产业', '9.探索金融支持产业'),
      ),
    );
    expectProblem(problems, {
      file: FILE,
      line: line('<Measure number="10">'),
      field: 'Measure number',
      found: `(the first is at line ${line('<Measure number="9">')})`,
      expected: 'each number once',
    });
  });

  it('a deleted measure: the next one is out of sequence, once', () => {
    const m10 = `<Measure number="10">\n${measureText(10)}\n</Measure>\n\n`;
    expectProblem(problemsAfter(edit(PLAN, m10, '')), {
      file: FILE,
      line: line('<Measure number="11">') - 4,
      field: 'Measure number',
      found: '11 after 9',
      expected: '10',
    });
  });

  it('a measure without its label', () => {
    expectProblem(problemsAfter(edit(PLAN, M9, M9.slice(2))), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'Measure label',
      found: M9.slice(2, 14),
      expected: '"9."',
    });
  });

  it('a measure without a lead sentence', () => {
    expectProblem(problemsAfter(edit(PLAN, M9, M9.replaceAll('。', '，'))), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'Measure title',
      found: 'no 。',
      expected: 'a lead sentence ending in 。',
    });
  });

  it('a measure whose first 。 became ，: its title would grow, the text no longer matches its source', () => {
    expectProblem(problemsAfter(edit(PLAN, M9, M9.replace('。', '，'))), {
      file: FILE,
      line: line(M9),
      field: 'text',
      // Compared after NFKC, which writes ， as ,
      found: '市场发展,推动',
      expected: '市场发展。推动',
    });
  });

  it('a truncated measure fails against its source', () => {
    const cut = M9.slice(0, M9.indexOf('提升碳金融')) + M9.slice(M9.indexOf('（牵头'));
    expectProblem(problemsAfter(edit(PLAN, M9, cut)), {
      file: FILE,
      line: line(M9),
      field: 'text',
      found: '交易,(牵头单位',
      expected: '交易,提升碳金融市场交易活跃度',
    });
  });

  it('a measure that names a number higher than any label: 100. under a part does not crash', () => {
    const problems = problemsAfter(edit(PLAN, '## 二、具体举措\n', '## 二、具体举措\n\n100.另行增加的文字。\n'));
    expectProblem(problems, {
      file: FILE,
      line: line('## 二、具体举措') + 2,
      field: 'text',
      found: '100.另行增加的文字',
      expected: '(一)完善绿色金融组织体系',
    });
  });

  it('a measure labelled 100. directly under a part does not crash', () => {
    const problems = problemsAfter(
      edit(PLAN, '## 二、具体举措\n', '## 二、具体举措\n\n<Measure number="100">\n100.另行增加的文字。\n</Measure>\n'),
    );
    expectProblem(problems, {
      file: FILE,
      line: line('## 二、具体举措') + 2,
      field: 'Measure label',
      found: '"100."',
      expected: 'a label from 1 to 99',
    });
  });
});

describe('units parenthetical faults: never dropped silently', () => {
  const units = (broken: string, found: string) =>
    expectProblem(problemsAfter(edit(PLAN, M9, M9.replace(UNITS_9, broken))), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'units',
      found,
      expected: '（牵头单位：单位、单位；责任单位：单位）',
    });

  it('a closing ） followed by 。', () => units(`${UNITS_9}。`, '（牵头单位：区生态环境局'));
  it('a missing ）', () => units(UNITS_9.slice(0, -1), '（牵头单位：区生态环境局'));
  it('missing colons', () => units(UNITS_9.replaceAll('：', ''), '（牵头单位区生态环境局'));

  it('an unknown role label', () => {
    expectProblem(problemsAfter(edit(PLAN, M9, M9.replace('（牵头单位：', '（主办单位：'))), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'units',
      found: '（主办单位：区生态环境局',
      expected: 'one of 牵头单位',
    });
  });

  it('an empty name between separators', () => {
    expectProblem(problemsAfter(edit(PLAN, M9, M9.replace('区生态环境局、', '区生态环境局、、'))), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'units',
      found: '区生态环境局、、人行合川中心支行',
      expected: 'one unit name between each two 、',
    });
  });

  it('the same role twice', () => {
    expectProblem(problemsAfter(edit(PLAN, M9, M9.replace('；责任单位：', '；牵头单位：'))), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'units',
      found: '牵头单位：区生态环境局',
      expected: '牵头单位 once',
    });
  });
});

describe('outline faults', () => {
  it('a part heading without its label', () => {
    expectProblem(problemsAfter(edit(PLAN, '## 二、具体举措', '## 具体举措')), {
      file: FILE,
      line: line('## 二、具体举措'),
      field: 'heading',
      found: '"具体举措"',
      expected: 'a part label such as 二、',
    });
  });

  it('a heading level the plans do not use', () => {
    expectProblem(problemsAfter(edit(PLAN, '### （三）提升', '#### （三）提升')), {
      file: FILE,
      line: line('### （三）提升'),
      field: 'text',
      found: '####',
      expected: '### （一）',
    });
  });

  it('a skipped section label', () => {
    expectProblem(problemsAfter(edit(PLAN, '### （三）提升', '### （四）提升')), {
      file: FILE,
      line: line('### （三）提升'),
      field: 'outline',
      found: '二（四） after 二（二）',
      expected: '二（三）',
    });
  });

  it('a section label twice', () => {
    expectProblem(problemsAfter(edit(PLAN, '### （四）参与', '### （三）参与')), {
      file: FILE,
      line: line('### （四）参与'),
      field: 'outline',
      found: '二（三） after 二（三）',
      expected: '二（四）',
    });
  });

  it('an unknown element', () => {
    expectProblem(
      problemsAfter(all(edit(PLAN, '<Signature>', '<Signatur>'), edit(PLAN, '</Signature>', '</Signatur>'))),
      {
        file: FILE,
        line: line('<Signature>'),
        field: 'text',
        found: '<Signatur>',
        expected: 'Measure, DocumentNumber, Signature or Colophon',
      },
    );
  });

  it('an element that is not closed', () => {
    expectProblem(problemsAfter(edit(PLAN, `${M9}\n</Measure>`, `${M9}\n</Measur>`)), {
      file: FILE,
      line: line('<Measure number="9">') + 2,
      field: 'text',
      found: '</Measur>',
      expected: '<Measure> closed by </Measure>',
    });
  });

  it('an element never closed: named at the line of its opening tag, not the end of the file', () => {
    expectProblem(problemsAfter(edit(PLAN, `${M9}\n</Measure>`, M9)), {
      file: FILE,
      line: line('<Measure number="9">'),
      field: 'text',
      problem: '<Measure> is never closed',
      found: '<Measure number="9">',
      expected: '</Measure>',
    });
  });
});

describe('annex table faults', () => {
  const ANNEX = 'plans/shapingba.mdx';
  const row = (n: number) =>
    original(ANNEX)
      .split('\n')
      .find((l) => l.startsWith(`| ${n} |`))!;
  const at = (text: string) => lineIn(ANNEX, text);

  it('a row missing a cell', () => {
    expectProblem(problemsAfter(edit(ANNEX, row(3), row(3).replace(/ \| [^|]*\|$/, ' |'))), {
      file: `content/${ANNEX}`,
      line: at(row(3)),
      field: 'table row 3',
      found: '| 3 |',
      expected: '4 cells',
    });
  });

  it('lead and responsible swapped: the row no longer reads as printed', () => {
    const cells = row(3).split(' | ');
    const swapped = [cells[0], cells[1], cells[3]!.replace(/ \|$/, ''), `${cells[2]} |`].join(' | ');
    expectProblem(problemsAfter(edit(ANNEX, row(3), swapped)), {
      file: `content/${ANNEX}`,
      line: at(row(3)),
      field: 'text',
      found: '区财政局区发展改革委',
      expected: '区发展改革委区财政局',
    });
  });

  it('a task number out of sequence is reported once', () => {
    expectProblem(problemsAfter(edit(ANNEX, row(3), row(3).replace('| 3 |', '| 30 |'))), {
      file: `content/${ANNEX}`,
      line: at(row(3)),
      field: '序号',
      found: '"30"',
      expected: '3',
    });
  });

  it('a task that repeats no measure', () => {
    const text = row(3).split(' | ')[1]!;
    expectProblem(problemsAfter(edit(ANNEX, row(3), row(3).replace(text, '建设另一个平台。'))), {
      file: `content/${ANNEX}`,
      line: at(row(3)),
      field: '工作举措',
      found: '建设另一个平台',
      expected: 'words repeated from the measure',
    });
  });

  it('a table that is not a task breakdown', () => {
    expectProblem(problemsAfter(edit(ANNEX, '| 序号 | 工作举措 |', '| 编号 | 工作举措 |')), {
      file: `content/${ANNEX}`,
      line: at('| 序号 | 工作举措 |'),
      field: 'table header',
      found: '编号 | 工作举措',
      expected: '序号 | 工作举措 | 牵头单位 | 责任单位',
    });
  });
});

describe('the plan against its source', () => {
  it('a changed character in a paragraph names its line and both readings', () => {
    const goal = original(PLAN).split('\n')[line('## 一、主要目标') + 1]!;
    expectProblem(problemsAfter(edit(PLAN, goal, goal.replace('更加健全', '更加建全'))), {
      file: FILE,
      line: line('## 一、主要目标') + 2,
      field: 'text',
      found: '更加建全',
      expected: '更加健全',
    });
  });

  it('a plan whose text stops early', () => {
    const colophon = original(PLAN).slice(original(PLAN).indexOf('<Colophon>'));
    const problems = problemsAfter(edit(PLAN, colophon, ''));
    expectProblem(
      problems,
      {
        file: FILE,
        line: line('<Measure number="32">') + 1,
        field: 'text',
        found: 'the end of the plan text',
        expected: '抄送',
      },
      // datePrinted no longer matches a 印发 line, which is true.
      1,
    );
  });
});
