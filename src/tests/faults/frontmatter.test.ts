/** Faults in a plan's frontmatter: schema, calendar, and facts the text prints. */
import { describe, it } from 'vitest';
import { all, edit, expectProblem, lineIn, original, problemsAfter } from './content-copy.ts';

const PLAN = 'plans/tongnan.mdx';
const FILE = `content/${PLAN}`;
const line = (text: string) => lineIn(PLAN, text);
/** The value of a top-level field as the file writes it. */
const valueOf = (key: string) =>
  original(PLAN)
    .split('\n')
    .find((l) => l.startsWith(`${key}:`))!
    .slice(key.length + 2);

describe('plan frontmatter faults', () => {
  it('a missing required field is named: "missing field shortName"', () => {
    expectProblem(problemsAfter(edit(PLAN, `shortName: ${valueOf('shortName')}\n`, '')), {
      file: FILE,
      line: 2,
      field: 'shortName',
      problem: 'missing field shortName',
      found: '',
      expected: 'A short name',
    });
  });

  it('an unknown key is named with the allowed keys', () => {
    const shortName = `shortName: ${valueOf('shortName')}`;
    expectProblem(problemsAfter(edit(PLAN, shortName, `${shortName}\nshortname: x`)), {
      file: FILE,
      line: line(shortName) + 1,
      field: 'shortname',
      problem: 'unknown field shortname',
      found: 'shortname',
      expected: 'shortName',
    });
  });

  it('a level outside the list names the allowed values', () => {
    expectProblem(problemsAfter(edit(PLAN, 'level: district-plan', 'level: district')), {
      file: FILE,
      line: line('level: district-plan'),
      field: 'level',
      found: '"district"',
      expected: 'district-plan',
    });
  });

  it('a date that is not in the calendar (2023-02-30) fails even when the text prints it too', () => {
    const problems = problemsAfter(
      all(
        edit(PLAN, 'dateIssued: "2023-03-30"', 'dateIssued: "2023-02-30"'),
        edit(PLAN, '2023年3月30日', '2023年2月30日'),
      ),
    );
    expectProblem(problems, {
      file: FILE,
      line: line('dateIssued:'),
      field: 'dateIssued',
      found: '2023-02-30',
      expected: 'real calendar date',
    });
  });

  it('a date in the signature that is not in the calendar', () => {
    const problems = problemsAfter(edit(PLAN, '2023年3月30日', '2023年2月30日'));
    expectProblem(
      problems,
      { file: FILE, line: line('2023年3月30日'), field: 'Signature', found: '2023年2月30日', expected: 'a real date' },
      // The text no longer matches its source either, which is true and said once.
      1,
    );
  });

  it('month 13 is not a date', () => {
    expectProblem(problemsAfter(edit(PLAN, 'dateIssued: "2023-03-30"', 'dateIssued: "2023-13-31"')), {
      file: FILE,
      line: line('dateIssued:'),
      field: 'dateIssued',
      found: '2023-13-31',
      expected: 'YYYY-MM-DD',
    });
  });

  it('a date written another way', () => {
    expectProblem(problemsAfter(edit(PLAN, 'dateIssued: "2023-03-30"', 'dateIssued: 2023年3月30日')), {
      file: FILE,
      line: line('dateIssued:'),
      field: 'dateIssued',
      found: '2023年3月30日',
      expected: 'YYYY-MM-DD',
    });
  });

  it('dateIssued that the signature does not print', () => {
    expectProblem(problemsAfter(edit(PLAN, 'dateIssued: "2023-03-30"', 'dateIssued: "2023-03-29"')), {
      file: FILE,
      line: line('dateIssued:'),
      field: 'dateIssued',
      found: '2023-03-29',
      expected: '2023-03-30',
    });
  });

  it('datePrinted that no 印发 line prints', () => {
    expectProblem(problemsAfter(edit(PLAN, 'datePrinted: "2023-03-31"', 'datePrinted: "2023-04-01"')), {
      file: FILE,
      line: line('datePrinted:'),
      field: 'datePrinted',
      found: '2023-04-01',
      expected: '2023-03-31',
    });
  });

  it('an issuer the signature does not print', () => {
    const issuer = original(PLAN).split('\n')[line('issuers:')]!; // the line after issuers:
    expectProblem(problemsAfter(edit(PLAN, issuer, '  - 重庆市潼南区财政局')), {
      file: FILE,
      line: line('issuers:') + 1,
      field: 'issuers.0',
      found: '重庆市潼南区财政局',
      expected: issuer.replace('  - ', ''),
    });
  });

  it('a 文号 the text does not print', () => {
    const value = '  value: 潼南府办发〔2023〕6号';
    expectProblem(problemsAfter(edit(PLAN, value, '  value: 潼南府办发〔2023〕7号')), {
      file: FILE,
      line: line(value),
      field: 'documentNumber',
      found: '潼南府办发〔2023〕7号',
      expected: '潼南府办发〔2023〕6号',
    });
  });

  it('a 文号 in the wrong form', () => {
    const value = '  value: 潼南府办发〔2023〕6号';
    expectProblem(problemsAfter(edit(PLAN, value, '  value: 潼南府办发(2023)6号')), {
      file: FILE,
      line: line(value),
      field: 'documentNumber.value',
      found: '潼南府办发(2023)6号',
      expected: '〔2023〕6号',
    });
  });

  it('a publication marking the text does not print', () => {
    expectProblem(problemsAfter(edit(PLAN, 'publication: 此件公开发布', 'publication: none')), {
      file: FILE,
      line: line('publication:'),
      field: 'publication',
      found: 'publication: none',
      expected: 'publication: 此件公开发布',
    });
  });

  it('a basis the text does not cite', () => {
    const cited = '  - cited: 重庆市建设绿色金融改革创新试验区总体方案';
    expectProblem(problemsAfter(edit(PLAN, cited, '  - cited: 重庆市绿色金融总体方案')), {
      file: FILE,
      line: line(cited),
      field: 'basis.0.cited',
      found: '重庆市绿色金融总体方案',
      expected: '《重庆市绿色金融总体方案》',
    });
  });

  it('a basis plan that is not in the library', () => {
    expectProblem(problemsAfter(edit(PLAN, '    plan: chongqing', '    plan: chongqin')), {
      file: FILE,
      line: line('    plan: chongqing'),
      field: 'basis.0.plan',
      found: '"chongqin"',
      expected: 'chongqing',
    });
  });

  it('a title that is none of the # headings', () => {
    const title = `title: ${valueOf('title')}`;
    expectProblem(problemsAfter(edit(PLAN, title, 'title: 潼南区绿色金融工作方案')), {
      file: FILE,
      line: line(title),
      field: 'title',
      found: '潼南区绿色金融工作方案',
      expected: valueOf('title'),
    });
  });

  it('a short name too long for tables', () => {
    expectProblem(
      problemsAfter(edit(PLAN, `shortName: ${valueOf('shortName')}`, 'shortName: 潼南区绿色金融改革方案')),
      {
        file: FILE,
        line: line('shortName:'),
        field: 'shortName',
        found: '潼南区绿色金融改革方案',
        expected: 'at most 8 characters',
      },
    );
  });

  it('an excerpt without stopsAt', () => {
    expectProblem(problemsAfter(edit(PLAN, 'status: complete', 'status: excerpt')), {
      file: FILE,
      line: line('  status: complete'),
      field: 'completeness.stopsAt',
      found: 'nothing',
      expected: 'stopsAt for an excerpt',
    });
  });

  it('stopsAt that is no place in the outline', () => {
    const file = 'plans/chongqing.mdx';
    expectProblem(problemsAfter(edit(file, 'stopsAt: 二（五）', 'stopsAt: 二（九）')), {
      file: `content/${file}`,
      line: lineIn(file, 'stopsAt:'),
      field: 'completeness.stopsAt',
      found: '二（九）',
      expected: 'label path',
    });
  });

  it('a source file that does not exist', () => {
    expectProblem(problemsAfter(edit(PLAN, `source: ${valueOf('source')}`, 'source: 000_missing.txt')), {
      file: FILE,
      line: line('source:'),
      field: 'source',
      found: '000_missing.txt',
      expected: valueOf('source'),
    });
  });

  it("a source that is another plan's source file: the text differs, and two plans share it", () => {
    const other = original('plans/rongchang.mdx')
      .split('\n')
      .find((l) => l.startsWith('source:'))!;
    expectProblem(problemsAfter(edit(PLAN, `source: ${valueOf('source')}`, other)), {
      file: FILE,
      line: line('<DocumentNumber>') + 1,
      field: 'text',
      problem: other.replace('source: ', ''),
      found: '潼南府办发〔2023〕6号',
      expected: 'check the source: field',
    });
  });

  it('frontmatter YAML that does not parse gives one line', () => {
    expectProblem(problemsAfter(edit(PLAN, '  province: 重庆市', '   province: [重庆市')), {
      file: FILE,
      line: line('  province: 重庆市'),
      field: 'YAML syntax',
      problem: /not valid YAML/,
      found: 'province: [重庆市',
      expected: 'indented with spaces',
    });
  });

  it('frontmatter without its closing ---', () => {
    expectProblem(problemsAfter(edit(PLAN, 'measureNumbering: sequential\n---', 'measureNumbering: sequential\n--')), {
      file: FILE,
      line: 1,
      field: 'frontmatter',
      found: '---',
      expected: 'a line ---',
    });
  });
});
