import { describe, expect, it } from 'vitest';
import { buildSample, problemsWith, lineOf, SAMPLE_FILE } from '#tests/fixtures/sample-library.ts';

describe('a valid plan', () => {
  const library = buildSample();
  const [plan] = library.plans;

  it('yields its measures with ids, titles, places and text without the label', () => {
    expect(library.measures.map((m) => m.id)).toEqual(['sample/1', 'sample/2', 'sample/3']);
    const first = library.measures[0]!;
    expect(first.title).toBe('推动金融机构健全架构');
    expect(first.place).toBe('二（一）1');
    expect(first.text.startsWith('推动金融机构健全架构。')).toBe(true);
    expect(first.paragraphs[0]!.startsWith('1.推动')).toBe(true);
    expect(first.sections.map((s) => s.text)).toEqual(['二、具体举措', '（一）完善组织体系']);
  });

  it('reads units as written, keeping nested brackets and a remark', () => {
    const [first, second, third] = library.measures;
    expect(first!.units?.lead).toEqual(['人行示例支行', '区财政局']);
    expect(first!.units?.responsible).toEqual(['各县（区）人民政府']);
    expect(second!.units?.lists.map((l) => l.label)).toEqual(['牵头部门', '协同单位']);
    expect(second!.units?.lists[1]!.remark).toBe('以下工作均涉及，不再单列');
    expect(first!.substance.endsWith('鼓励设立绿色专营机构。')).toBe(true);
    expect(third!.units).toBeNull();
  });

  it('anchors labelled paragraphs and headings by their place in the outline', () => {
    const anchors = plan!.blocks.filter((b) => b.anchor).map((b) => b.anchor);
    expect(anchors).toEqual(['doc-1', 'doc-2', 's1', 's1-1', 's2', 's2-1', '1', '2', 's2-2', '3', 'doc-3']);
  });
});

/** Every message must name the file and say where and what was expected. */
function expectProblem(messages: string[], pattern: RegExp) {
  expect(
    messages.some((m) => m.startsWith(SAMPLE_FILE) && pattern.test(m)),
    messages.join('\n'),
  ).toBe(true);
}

describe('frontmatter facts are checked against the text', () => {
  it('checks facts against the text: date, issuer, publication marking, document number', () => {
    expectProblem(
      problemsWith('dateIssued: "2023-01-02"', 'dateIssued: "2023-01-05"'),
      /\(dateIssued\): .*does not match the date in the <Signature> \(2023-01-02\)/,
    );
    expectProblem(
      problemsWith('  - 示例区人民政府办公室\n', '  - 示例区财政局\n'),
      /\(issuers\.0\): issuer "示例区财政局" is not printed/,
    );
    expectProblem(
      problemsWith('publication: 此件公开发布', 'publication: none'),
      /\(publication\): publication is "none" but the text prints （此件公开发布）/,
    );
    expectProblem(
      problemsWith('value: 示府办发〔2023〕1号', 'value: 示府办发〔2023〕2号'),
      /no <DocumentNumber> prints it \(found 示府办发〔2023〕1号\)/,
    );
  });

  it('fails a basis that the text does not cite', () => {
    expectProblem(
      problemsWith('  - cited: 上级总体方案', '  - cited: 别的方案'),
      /\(basis\.0\.cited\): basis "别的方案" is not cited as 《别的方案》/,
    );
  });
});

describe('bad measures stop the build', () => {
  it('reports a duplicate measure number with the line of the first', () => {
    const messages = problemsWith('<Measure number="2">\n2.', '<Measure number="1">\n1.');
    expectProblem(
      messages,
      new RegExp(
        `:${lineOf('<Measure number="2">')} \\(Measure number\\): duplicate measure number 1 \\(first at line ${lineOf('<Measure number="1">')}\\)`,
      ),
    );
  });

  it('reports a skipped measure number with the number expected', () => {
    expectProblem(
      problemsWith('<Measure number="3">\n3.', '<Measure number="4">\n4.'),
      /measure number 4 is out of sequence: expected 3 after 2/,
    );
  });

  it('reports a number attribute that disagrees with the printed label', () => {
    expectProblem(
      problemsWith('<Measure number="3">', '<Measure number="4">'),
      /measure number "4" does not match its printed label "3\."; expected number="3"/,
    );
  });

  it('reports a measure without a title', () => {
    expectProblem(
      problemsWith('3.加强组织宣传。引导社会大众增强环保意识。', '3.引导社会大众增强环保意识'),
      /measure 3 has no title: expected a lead sentence ending in 。/,
    );
  });

  it('reports a measure that does not start with its label', () => {
    expectProblem(
      problemsWith('3.加强组织宣传。', '加强组织宣传。'),
      /measure 3 must start with its printed numbering label/,
    );
  });

  it('reports an unparseable units parenthetical', () => {
    expectProblem(
      problemsWith('（牵头单位：人行示例支行、区财政局；', '（主办单位：人行示例支行、区财政局；'),
      /measure 1: .*must start with a role label/,
    );
    expectProblem(
      problemsWith(
        '（牵头部门：区生态环境局；协同单位：工作组其他成员单位，以下工作均涉及，不再单列）',
        '（主办单位：区生态环境局）',
      ),
      /measure 2: units parenthetical "（主办单位：区生态环境局）" uses no known role label; expected one of 牵头单位/,
    );
    expectProblem(
      problemsWith('人行示例支行、区财政局', '人行示例支行、、区财政局'),
      /measure 1: the 牵头单位 list has an empty name/,
    );
  });

  it('reports a skipped section label', () => {
    expectProblem(
      problemsWith('### （二）加强保障', '### （三）加强保障'),
      /"二（三）" skips a number: after 二（一） expected 二（二）/,
    );
  });

  it('requires part and section headings to carry their label', () => {
    expectProblem(
      problemsWith('## 二、具体举措', '## 具体举措'),
      /a ## heading must start with a part label such as 二、; found "具体举措"/,
    );
  });
});
