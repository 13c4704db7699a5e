/** Faults in files and characters: encodings, invisible and look-alike characters, the file system, MDX syntax. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { all, edit, expectProblem, lineIn, original, problemsAfter, type Fault } from './content-copy.ts';

const PLAN = 'plans/tongnan.mdx';
const FILE = `content/${PLAN}`;
const SOURCE = `sources/${/^source: (.*)$/m.exec(original(PLAN))![1]}`;
const line = (text: string) => lineIn(PLAN, text);
const GOAL = original(PLAN)
  .split('\n')
  .find((l) => l.startsWith('（一）绿色金融发展体系'))!;

/** GBK bytes of a text, from the platform's own GBK decoder run backwards (no encoder ships with Node). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f]))));
}

const rewrite =
  (file: string, change: (bytes: Buffer) => Buffer): Fault =>
  (dir) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file))));

describe('encodings', () => {
  it('a plan saved with a byte-order mark', () => {
    expectProblem(problemsAfter(rewrite(PLAN, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]))), {
      file: FILE,
      line: 1,
      field: 'encoding',
      found: 'U+FEFF',
      expected: 'UTF-8 without BOM',
    });
  });

  it('a plan saved as GBK', () => {
    expectProblem(problemsAfter(rewrite(PLAN, (b) => gbk(b.toString('utf8')))), {
      file: FILE,
      line:
        original(PLAN)
          .split('\n')
          .findIndex((l) => /[^ -~]/.test(l)) + 1,
      field: 'encoding',
      found: 'GBK',
      expected: 'UTF-8',
    });
  });

  it('a data file saved as GBK', () => {
    expectProblem(problemsAfter(rewrite('agencies.yaml', (b) => gbk(b.toString('utf8')))), {
      file: 'content/agencies.yaml',
      line:
        original('agencies.yaml')
          .split('\n')
          .findIndex((l) => /[^ -~]/.test(l)) + 1,
      field: 'encoding',
      found: 'GBK',
      expected: 'UTF-8',
    });
  });

  // The comparison's editorial files go through the same checked reader as every other file.
  for (const name of ['name-equivalents.yaml', 'strength-scale.yaml']) {
    it(`${name} saved as GBK`, () => {
      expectProblem(problemsAfter(rewrite(name, (b) => gbk(b.toString('utf8')))), {
        file: `content/${name}`,
        line:
          original(name)
            .split('\n')
            .findIndex((l) => /[^ -~]/.test(l)) + 1,
        field: 'encoding',
        found: 'GBK',
        expected: 'UTF-8',
      });
    });

    it(`${name} missing`, () => {
      expectProblem(
        problemsAfter((dir) => rmSync(join(dir, name))),
        { file: `content/${name}`, field: 'file', found: 'no such file', expected: 'git checkout' },
      );
    });
  }

  it('Windows line endings are read as the same text (no problem)', () => {
    expect(problemsAfter(rewrite(PLAN, (b) => Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n'))))).toEqual([]);
  });
});

describe('invisible and look-alike characters, with their position', () => {
  const at = (text: string, inserted: string) => ({ line: line(text), column: GOAL.indexOf(inserted) + 1 });
  const character = (replacement: string, found: string, expected: string) => {
    const changed = GOAL.replace('健全', replacement);
    const { line: l } = at(GOAL, '');
    const column = changed.indexOf(replacement) + [...replacement].findIndex((c) => c !== '健' && c !== '全') + 1;
    expectProblem(problemsAfter(edit(PLAN, GOAL, changed)), {
      file: FILE,
      line: l,
      field: `column ${column}`,
      found,
      expected,
    });
  };

  it('a zero-width space (U+200B) in plan text', () => character('健\u200b全', 'U+200B', 'delete it'));
  it('a byte-order mark inside plan text', () => character('健\ufeff全', 'U+FEFF', 'delete it'));
  it('a CJK compatibility ideograph (U+F90A looks like 金)', () => {
    const changed = GOAL.replace('绿色金融', '绿色\uf90a融');
    expectProblem(problemsAfter(edit(PLAN, GOAL, changed)), {
      file: FILE,
      line: line(GOAL),
      field: `column ${changed.indexOf('\uf90a') + 1}`,
      found: 'U+F90A',
      expected: 'the ordinary character 金',
    });
  });
  it('an ideographic space (U+3000) the source does not print', () => character('健\u3000全', 'U+3000', 'delete it'));
  it('a no-break space', () => character('健\u00a0全', 'U+00A0', 'delete it'));

  it('an ideographic space the source prints in the same place is allowed', () => {
    const changed = GOAL.replace('健全', '健\u3000全');
    expect(problemsAfter(all(edit(PLAN, GOAL, changed), edit(SOURCE, '健全', '健\u3000全')))).toEqual([]);
  });

  it('a look-alike character in a unit name in agencies.yaml', () => {
    const alias = '    aliases: [区财政局]';
    const problems = problemsAfter(edit('agencies.yaml', alias, '    aliases: [区財政局\u200b]'));
    const match = expectProblem(
      problems,
      {
        file: 'content/agencies.yaml',
        line: lineIn('agencies.yaml', alias),
        field: `column ${'    aliases: [区財政局'.length + 1}`,
        found: 'U+200B',
        expected: 'delete it',
      },
      problems.length - 1,
    );
    expect(match).toBeDefined();
  });

  it('a zero-width space in the taxonomy', () => {
    const name = original('taxonomy.yaml')
      .split('\n')
      .find((l) => l.startsWith('    name: '))!;
    expectProblem(problemsAfter(edit('taxonomy.yaml', name, `${name}\u200b`)), {
      file: 'content/taxonomy.yaml',
      line: lineIn('taxonomy.yaml', name),
      field: `column ${name.length + 1}`,
      found: 'U+200B',
      expected: 'delete it',
    });
  });
});

describe('the file system', () => {
  it('a folder named like a plan does not crash the check', () => {
    expectProblem(
      problemsAfter((dir) => mkdirSync(join(dir, 'plans', 'draft.mdx'))),
      {
        file: 'content/plans/draft.mdx',
        field: 'file',
        found: 'a folder',
        expected: 'a file',
      },
    );
  });

  it('a file name that is not a slug', () => {
    expectProblem(
      problemsAfter((dir) => renameSync(join(dir, PLAN), join(dir, 'plans', 'Tongnan.mdx'))),
      {
        file: 'content/plans/Tongnan.mdx',
        field: 'file name',
        found: '"Tongnan.mdx"',
        expected: 'lower-case',
      },
      countAfterLosingTongnan(),
    );
  });

  it('a stray file in content/plans', () => {
    expectProblem(
      problemsAfter((dir) => writeFileSync(join(dir, 'plans', 'notes.txt'), 'x')),
      {
        file: 'content/plans/notes.txt',
        field: 'file name',
        found: '"notes.txt"',
        expected: '<slug>.mdx',
      },
    );
  });

  it('a missing data file', () => {
    expectProblem(
      problemsAfter((dir) => rmSync(join(dir, 'taxonomy.yaml'))),
      {
        file: 'content/taxonomy.yaml',
        field: 'file',
        found: 'no such file',
        expected: 'git checkout',
      },
    );
  });

  it('a missing source file', () => {
    expectProblem(
      problemsAfter((dir) => rmSync(join(dir, SOURCE))),
      {
        file: FILE,
        line: line('source:'),
        field: 'source',
        found: SOURCE.replace('sources/', ''),
        expected: 'one of',
      },
    );
  });

  it('the same plan under two file names is reported once, on the later file by name', () => {
    const problems = problemsAfter((dir) => cpSync(join(dir, PLAN), join(dir, 'plans', 'tongnan-copy.mdx')));
    const later = ['content/plans/tongnan-copy.mdx', FILE].sort()[1]!;
    expectProblem(problems, {
      file: later,
      line: line('title:'),
      field: 'title',
      found: `documentNumber "${/value: (.*)/.exec(original(PLAN))![1]}"`,
      expected: 'each plan once',
    });
  });

  it('a renamed plan names the plan in each data file once, not once per measure', () => {
    const problems = problemsAfter((dir) => renameSync(join(dir, PLAN), join(dir, 'plans', 'tongnan2.mdx')));
    const messages = problems.map((p) => p.message).join('\n');
    // Each data file naming the old plan once, plus the new plan missing from measure-topics,
    // agencies and periods.
    expect(problems.length, messages).toBe(countAfterLosingTongnan() + 3);
    for (const p of problems) expect(p.message).toMatch(/tongnan/);
    expect(messages).toContain('content/plans/tongnan.mdx does not exist');
  });

  it('a deleted plan: each data file that names it says so once', () => {
    const problems = problemsAfter((dir) => rmSync(join(dir, PLAN)));
    expect(problems.length, problems.map((p) => p.message).join('\n')).toBe(countAfterLosingTongnan());
    for (const p of problems) expect(p.message).toContain('content/plans/tongnan.mdx does not exist');
  });
});

/** How many data files name tongnan (each reports the missing plan once), computed from the files. */
function countAfterLosingTongnan(): number {
  const namesIt = [
    'measure-topics.yaml',
    'agencies.yaml',
    'targets.yaml',
    'periods.yaml',
    'name-equivalents.yaml',
    'summaries.yaml',
    'translations/en/tongnan.yaml',
  ].filter((f) => /\btongnan\b/.test(original(f)));
  return namesIt.length;
}

describe('characters MDX treats as syntax: the advice given works', () => {
  /** Adds `written` to a paragraph of the plan and `printed` to the same place in its source. */
  const withText = (written: string, printed: string): Fault =>
    all(edit(PLAN, GOAL, GOAL.replace('。', `${written}。`)), edit(SOURCE, '更加健全。', `更加健全${printed}。`));

  const advice = (raw: string, found: string, expected: string, escaped: string) => {
    expectProblem(problemsAfter(withText(raw, raw)), { file: FILE, line: line(GOAL), field: 'text', found, expected });
    expect(problemsAfter(withText(escaped, raw)), 'the advice, followed, gives no problem').toEqual([]);
  };

  it('< before a digit (<5%)', () => advice('<5%', '<5%', 'write \\<', '\\<5%'));
  it('{ … }', () => advice('{注}', '{注}', 'write \\{', '\\{注}'));
  it('* around words', () => advice('*重点*', '*重点*', 'write \\*', '\\*重点\\*'));
  it('~~ around words', () => advice('~~删除~~', '~~删除~~', 'write \\~', '\\~\\~删除\\~\\~'));
  it('an HTML comment <!-- -->: remove it, notes go in the frontmatter', () => {
    expectProblem(problemsAfter(edit(PLAN, GOAL, `${GOAL}<!-- 待核 -->`)), {
      file: FILE,
      line: line(GOAL),
      field: 'text',
      found: '<!-- 待核 -->',
      expected: 'note fields',
    });
  });
  it('two spaces at the end of a line', () => {
    const two = GOAL.replace('。经过', '。  \n经过');
    expectProblem(problemsAfter(edit(PLAN, GOAL, two)), {
      file: FILE,
      line: line(GOAL),
      field: 'text',
      found: 'two spaces',
      expected: 'no spaces or backslash at the end of the line',
    });
    expect(problemsAfter(edit(PLAN, GOAL, GOAL.replace('。经过', '。\n经过')))).toEqual([]);
  });
  it('3~5年 and an e-mail address are plan text as written', () => {
    // The English of the paragraph gets the same words, as an editor adding text would translate it.
    const translated = (english: string): Fault =>
      edit(
        'translations/en/tongnan.yaml',
        '  "s1-1":\n    status: draft\n    en: "',
        `  "s1-1":\n    status: draft\n    en: "${english} `,
      );
    expect(problemsAfter(all(withText('3~5年', '3~5年'), translated('3~5 years.')))).toEqual([]);
    expect(
      problemsAfter(all(withText('green@example.cn', 'green@example.cn'), translated('green@example.cn'))),
    ).toEqual([]);
  });
  it('a line that starts "1. " is read as a list', () => {
    expectProblem(problemsAfter(edit(PLAN, GOAL, `1. ${GOAL}`)), {
      file: FILE,
      line: line(GOAL),
      field: 'text',
      found: '1. ',
      expected: 'without the space',
    });
  });
  it('a line that starts with import is read as code', () => {
    expectProblem(problemsAfter(edit(PLAN, GOAL, `import ${GOAL}`)), {
      file: FILE,
      line: line(GOAL),
      field: 'text',
      found: 'import',
      expected: '&#105;mport',
    });
  });
});
