/**
 * Faults in the English edition's editorial data: every block translated and no other, glossary
 * terms rendered as the glossary says, figures kept with their values, every unit named in
 * English. Each is reported with file, line, field, what was found and what was expected.
 */
import { describe, it } from 'vitest';
import { edit, expectProblem, lineIn, original, problemsAfter } from './content-copy.ts';

const TONGNAN = 'translations/en/tongnan.yaml';
const entryLine = (id: string) => lineIn(TONGNAN, `  "${id}":\n`);

describe('translation faults', () => {
  it('a block without a translation', () => {
    const start = original(TONGNAN).indexOf('  "s1-2":\n');
    const end = original(TONGNAN).indexOf('\n\n', start);
    const entry = original(TONGNAN).slice(start, end + 1);
    expectProblem(problemsAfter(edit(TONGNAN, entry, '')), {
      file: `content/${TONGNAN}`,
      // Where the entry belongs: before the next entry, s1-3.
      line: entryLine('s1-3') - (entry.split('\n').length - 1),
      field: 'blocks',
      problem: 'paragraph s1-2 has no translation',
      found: 'no entry "s1-2"',
      expected: 'an entry "s1-2" with the English of that paragraph',
    });
  });

  it('a translation of a block the plan does not have', () => {
    expectProblem(
      problemsAfter(edit(TONGNAN, '  "s1-2":\n', '  "s1-9":\n    status: draft\n    en: "(9) Extra."\n\n  "s1-2":\n')),
      {
        file: `content/${TONGNAN}`,
        line: entryLine('s1-2'),
        field: 'blocks.s1-9',
        found: '"s1-9"',
        expected: 'the id of a block of content/plans/tongnan.mdx',
      },
    );
  });

  it('a glossary term of the Chinese missing from the English', () => {
    // Measure 5 speaks of 绿色债券; its English must say green bonds (or a variant the glossary accepts).
    const english = original(TONGNAN).split('\n')[entryLine('5') + 2]!;
    expectProblem(problemsAfter(edit(TONGNAN, english, english.replaceAll('green bond', 'green debenture'))), {
      file: `content/${TONGNAN}`,
      line: entryLine('5') + 3,
      field: 'blocks.5.en',
      problem: 'the glossary term 绿色债券 is not rendered as the glossary says',
      found: 'no "green bonds"',
      expected: 'the glossary’s English for the term',
    });
  });

  it('a figure whose value the English does not keep (100亿元 is 10 billion, not 100 billion)', () => {
    expectProblem(problemsAfter(edit(TONGNAN, '10 billion yuan', '100 billion yuan')), {
      file: `content/${TONGNAN}`,
      line: entryLine('s1-2') + 2,
      field: 'blocks.s1-2.en',
      problem: 'the figure 100亿 of the Chinese is missing from the English',
      found: 'no figure of value 10,000,000,000',
      expected: '10,000,000,000',
    });
  });

  it('a unit without its English name', () => {
    expectProblem(
      problemsAfter(edit('agencies.yaml', `    nameEn: "People's Bank of China Hechuan Central Sub-branch"\n`, '')),
      {
        file: 'content/agencies.yaml',
        line: lineIn('agencies.yaml', '  - id: pboc-hechuan'),
        field: 'agencies.0.nameEn',
        problem: 'missing field nameEn',
        found: 'nothing',
        expected: 'English name',
      },
    );
  });

  it('a glossary term no plan uses', () => {
    expectProblem(
      problemsAfter(edit('glossary.yaml', 'terms:\n', 'terms:\n  - zh: 蓝碳交易\n    en: blue carbon trading\n')),
      {
        file: 'content/glossary.yaml',
        line: lineIn('glossary.yaml', 'terms:\n') + 1,
        field: 'terms.0.zh',
        found: '"蓝碳交易", printed in none of the plans or received texts',
        expected: 'a term exactly as at least one plan prints it',
      },
    );
  });

  it('a summary figure that stands in none of the sentence’s refs', () => {
    const line = lineIn('summaries.yaml', '全区绿色贷款余额达到100亿元以上，较2020年增长10倍');
    expectProblem(
      problemsAfter(
        edit(
          'summaries.yaml',
          '全区绿色贷款余额达到100亿元以上，较2020年增长10倍',
          '全区绿色贷款余额达到200亿元以上，较2020年增长10倍',
        ),
      ),
      {
        file: 'content/summaries.yaml',
        line,
        field: 'summaries.1.sentences.2.zh',
        found: '200亿 (20,000,000,000) only in the summary',
        expected: 'as printed in a measure or passage it names in refs',
      },
      // The English still says 10 billion: it no longer keeps the Chinese sentence's figure either.
      1,
    );
  });

  it('a summary resting on a passage the plan does not have', () => {
    const line = lineIn('summaries.yaml', 'refs: ["tongnan#s1-2"]');
    expectProblem(
      problemsAfter(edit('summaries.yaml', 'refs: ["tongnan#s1-2"]', 'refs: ["tongnan#s1-2", "tongnan#s1-9"]')),
      {
        file: 'content/summaries.yaml',
        line,
        field: 'summaries.1.sentences.2.refs.1',
        found: '"tongnan#s1-9"',
        expected: 'a measure id such as tongnan/9',
      },
    );
  });
});
