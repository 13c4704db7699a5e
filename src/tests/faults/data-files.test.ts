/** Faults in the editorial data files: taxonomy, measure topics, agencies, targets. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { edit, expectProblem, lineIn, original, problemsAfter } from './content-copy.ts';

const TAXONOMY = 'taxonomy.yaml';
const TAGS = 'measure-topics.yaml';
const AGENCIES = 'agencies.yaml';
const TARGETS = 'targets.yaml';
const lines = (file: string) => original(file).split('\n');

describe('taxonomy faults', () => {
  const firstTopic = lines(TAXONOMY).find(
    (l) => l.startsWith('  - id: ') && lines(TAXONOMY).indexOf(l) > lineIn(TAXONOMY, 'topics:'),
  )!;
  const topicId = firstTopic.slice('  - id: '.length);
  const topicLine = lineIn(TAXONOMY, firstTopic);

  it('a topic in an unknown category', () => {
    const at = lines(TAXONOMY).findIndex((l, i) => i > topicLine && l.startsWith('    category: ')) + 1;
    const category = lines(TAXONOMY)[at - 1]!;
    expectProblem(problemsAfter(edit(TAXONOMY, category, '    category: organisations')), {
      file: `content/${TAXONOMY}`,
      line: at,
      field: 'topics.0.category',
      found: '"organisations"',
      expected: 'organisation',
    });
  });

  it('a topic id twice', () => {
    const second = lines(TAXONOMY).filter((l) => l.startsWith('  - id: '))[
      lines(TAXONOMY)
        .filter((l) => l.startsWith('  - id: '))
        .indexOf(firstTopic) + 1
    ]!;
    const problems = problemsAfter(edit(TAXONOMY, second, firstTopic));
    const match = expectProblem(
      problems,
      {
        file: `content/${TAXONOMY}`,
        line: lineIn(TAXONOMY, second),
        field: 'topics.1.id',
        found: topicId,
        expected: 'each id once',
      },
      // The measures tagged with the lost topic now name an unknown topic: true, and each said once.
      problems.length - 1,
    );
    expect(problems.filter((p) => p !== match).every((p) => p.problem.startsWith('unknown topic'))).toBe(true);
  });

  it('a topic no measure carries', () => {
    const added = `${firstTopic}\n    name: 新话题\n    nameEn: New topic\n    category: organisation\n    description: 说明。\n    descriptionEn: About.\n`;
    expectProblem(problemsAfter(edit(TAXONOMY, 'topics:\n', `topics:\n${added.replace(topicId, 'unused-topic')}`)), {
      file: `content/${TAXONOMY}`,
      line: lineIn(TAXONOMY, 'topics:') + 1,
      field: 'topics.0.id',
      found: 'no measure',
      expected: 'at least one measure tagged with it',
    });
  });

  it('an id that is not kebab-case', () => {
    expectProblem(problemsAfter(edit(TAXONOMY, firstTopic, '  - id: Carbon_Account')), {
      file: `content/${TAXONOMY}`,
      line: topicLine,
      field: 'topics.0.id',
      found: '"Carbon_Account"',
      expected: 'kebab-case',
    });
  });

  it('a missing English label', () => {
    const nameEn = lines(TAXONOMY)[topicLine + 1]!;
    expectProblem(problemsAfter(edit(TAXONOMY, `${nameEn}\n`, '')), {
      file: `content/${TAXONOMY}`,
      line: topicLine,
      field: 'topics.0.nameEn',
      problem: 'missing field nameEn',
      found: 'nothing',
      expected: 'English label',
    });
  });

  it('a YAML syntax error gives one line', () => {
    expectProblem(problemsAfter(edit(TAXONOMY, firstTopic, `${firstTopic}\n   bad: [x`)), {
      file: `content/${TAXONOMY}`,
      line: topicLine + 1,
      field: 'YAML syntax',
      found: 'bad: [x',
      expected: 'indented with spaces',
    });
  });
});

describe('measure-topics faults', () => {
  const first = lines(TAGS).find((l) => /^\w+\/[\d.]+: \[/.test(l))!;
  const id = first.slice(0, first.indexOf(':'));
  const topics = first.slice(first.indexOf('[') + 1, first.indexOf(']')).split(', ');
  const at = lineIn(TAGS, first);

  it('an unknown topic', () => {
    expectProblem(problemsAfter(edit(TAGS, first, first.replace(topics[0]!, 'no-such-topic'))), {
      file: `content/${TAGS}`,
      line: at,
      field: id,
      found: '"no-such-topic"',
      expected: 'a topic id from content/taxonomy.yaml',
    });
  });

  it('an unknown measure id', () => {
    const plan = id.split('/')[0]!;
    expectProblem(problemsAfter(edit(TAGS, first, `${first}\n${plan}/99: [${topics[0]}]`)), {
      file: `content/${TAGS}`,
      line: at + 1,
      field: `${plan}/99`,
      found: `"${plan}/99"`,
      expected: `a measure of ${plan}`,
    });
  });

  it('a measure with no topic', () => {
    const problems = problemsAfter(edit(TAGS, `${first}\n`, ''));
    expectProblem(
      problems,
      {
        file: `content/${TAGS}`,
        line: lines(TAGS).length - 1,
        field: id,
        found: 'no line for it',
        expected: `add "${id}: [topic-id]"`,
      },
      // A topic only this measure carried now has no measure: true.
      problems.length - 1,
    );
  });

  it('an empty topic list', () => {
    expectProblem(problemsAfter(edit(TAGS, first, `${id}: []`)), {
      file: `content/${TAGS}`,
      line: at,
      field: id,
      found: '[]',
      expected: 'at least 1 item',
    });
  });

  it('a topic listed twice', () => {
    expectProblem(problemsAfter(edit(TAGS, first, first.replace(']', `, ${topics[0]}]`))), {
      file: `content/${TAGS}`,
      line: at,
      field: id,
      found: `"${topics[0]}" twice`,
      expected: 'each topic once',
    });
  });

  it('a measure written twice is a YAML error with one line', () => {
    expectProblem(problemsAfter(edit(TAGS, first, `${first}\n${first}`)), {
      file: `content/${TAGS}`,
      line: at + 1,
      field: 'YAML syntax',
      problem: 'a field is written twice',
      found: id,
      expected: 'field: value',
    });
  });
});

describe('agency registry faults', () => {
  const agencyLine = lineIn(AGENCIES, '  - id: pboc-hechuan');

  it('an unknown type', () => {
    expectProblem(problemsAfter(edit(AGENCIES, '    type: pboc-branch', '    type: central-bank')), {
      file: `content/${AGENCIES}`,
      line: lineIn(AGENCIES, '    type: pboc-branch'),
      field: 'agencies.0.type',
      found: '"central-bank"',
      expected: 'pboc-branch',
    });
  });

  it('an unknown key names the allowed ones', () => {
    expectProblem(problemsAfter(edit(AGENCIES, '    type: pboc-branch', '    type: pboc-branch\n    website: x')), {
      file: `content/${AGENCIES}`,
      line: lineIn(AGENCIES, '    type: pboc-branch') + 1,
      field: 'agencies.0.website',
      found: '"website"',
      expected: 'aliases, type, jurisdiction, plans, note',
    });
  });

  it('a missing jurisdiction', () => {
    const jurisdiction = lines(AGENCIES)[agencyLine + 4]!;
    expectProblem(problemsAfter(edit(AGENCIES, `${jurisdiction}\n`, '')), {
      file: `content/${AGENCIES}`,
      line: agencyLine,
      field: 'agencies.0.jurisdiction',
      problem: 'missing field jurisdiction',
      found: 'nothing',
      expected: 'Where the unit sits',
    });
  });

  it('a plan in plans that is not in the library', () => {
    const plans = lines(AGENCIES)[agencyLine + 5]!;
    expectProblem(problemsAfter(edit(AGENCIES, plans, plans.replace(']', ', tongnam]'))), {
      file: `content/${AGENCIES}`,
      line: agencyLine + 6,
      field: 'agencies.0.plans',
      found: '"tongnam"',
      expected: 'tongnan',
    });
  });

  it('an agency no plan names', () => {
    const added =
      '  - id: nowhere-office\n    name: 某办公室\n    nameEn: Some Office\n    aliases: [某办]\n    type: other\n    jurisdiction: 潼南区\n    plans: [tongnan]\n';
    expectProblem(problemsAfter(edit(AGENCIES, '  - id: pboc-hechuan\n', `${added}  - id: pboc-hechuan\n`)), {
      file: `content/${AGENCIES}`,
      line: agencyLine,
      field: 'agencies.0',
      found: '"某办"',
      expected: 'an alias exactly as a plan prints it',
    });
  });

  it('a printed name that would mean two units in one plan', () => {
    expectProblem(
      problemsAfter(edit(AGENCIES, '    aliases: [合川银保监分局]', '    aliases: [合川银保监分局, 人行合川中心支行]')),
      {
        file: `content/${AGENCIES}`,
        line: lineIn(AGENCIES, '    aliases: [合川银保监分局]'),
        field: 'agencies.1.aliases',
        found: '"人行合川中心支行" in the aliases of pboc-hechuan and cbirc-hechuan',
        expected: 'one unit per plan',
      },
    );
  });

  it('a misspelt alias: every measure that prints the name is reported at its own line', () => {
    const name = '区生态环境局';
    const plan = original('plans/tongnan.mdx').split('\n');
    // One problem per mention in a units list, at the line of the <Measure> it stands in.
    // Half-width punctuation too: the second half of 潼南 prints it.
    const mention = new RegExp(`(?<=[：:、，,])${name}(?=[、；;），,)])`, 'g');
    const measureLine = (i: number) => plan.slice(0, i + 1).findLastIndex((l) => l.startsWith('<Measure ')) + 1;
    const naming = plan.flatMap((l, i) => Array<number>(l.match(mention)?.length ?? 0).fill(measureLine(i)));
    const problems = problemsAfter(edit(AGENCIES, `    aliases: [${name}]`, '    aliases: [区生态环境厅]'));
    expect(naming.length).toBeGreaterThan(1);
    expect(problems.map((p) => p.location.line).sort((a, b) => a! - b!)).toEqual(naming);
    for (const p of problems) {
      expect(p.location.file).toBe('content/plans/tongnan.mdx');
      expect(p.found).toBe(`"${name}"`);
      expect(p.expected).toContain('plans: [tongnan]');
    }
  });
});

describe('unit type against the words of its name', () => {
  const RULES = 'unit-type-rules.yaml';
  const registry = parse(original(AGENCIES)) as { agencies: { id: string; name: string; type: string }[] };

  it('a finance bureau (区财政局) typed as a tax office', () => {
    const index = registry.agencies.findIndex((a) => a.id === 'tongnan-finance-bureau');
    const agency = registry.agencies[index]!;
    expect(agency.type).toBe('finance-bureau');
    const from = lineIn(AGENCIES, `  - id: ${agency.id}`);
    const typeLine = lines(AGENCIES).findIndex((l, i) => i >= from && l === '    type: finance-bureau') + 1;
    const fault = (dir: string) => {
      const path = join(dir, AGENCIES);
      const text = lines(AGENCIES);
      text[typeLine - 1] = '    type: tax';
      writeFileSync(path, text.join('\n'));
      expect(readFileSync(path, 'utf8')).not.toBe(original(AGENCIES));
    };
    expectProblem(problemsAfter(fault), {
      file: `content/${AGENCIES}`,
      line: typeLine,
      field: `agencies.${index}.type`,
      problem: `unit ${agency.id} is typed tax, but its name says finance-bureau`,
      found: `type: tax for "${agency.name}"`,
      expected: `type: finance-bureau ("${agency.name}" contains "财政"; rule at content/${RULES} line ${lineIn(RULES, '  - type: finance-bureau')})`,
    });
  });

  it('a rule naming a type that does not exist', () => {
    expectProblem(problemsAfter(edit(RULES, '  - type: finance-bureau', '  - type: finance-department')), {
      file: `content/${RULES}`,
      line: lineIn(RULES, '  - type: finance-bureau'),
      field: `rules.${lines(RULES)
        .filter((l) => l.startsWith('  - type: '))
        .indexOf('  - type: finance-bureau')}.type`,
      found: '"finance-department"',
      expected: 'finance-bureau',
    });
  });
});

describe('target faults', () => {
  const first = lineIn(TARGETS, '  - plan: tongnan');
  const field = (key: string) =>
    lines(TARGETS)
      .slice(first)
      .find((l) => l.startsWith(`    ${key}: `))!;
  const lineOfField = (key: string) =>
    first +
    lines(TARGETS)
      .slice(first)
      .findIndex((l) => l.startsWith(`    ${key}: `)) +
    1;
  /** The file up to and including the first tongnan target's `key` line, with that line replaced. */
  const fault = (key: string, value: string) => {
    const before = lines(TARGETS)
      .slice(0, lineOfField(key) - 1)
      .join('\n');
    return problemsAfter(edit(TARGETS, `${before}\n${field(key)}`, `${before}\n    ${key}: ${value}`));
  };

  it('a value that contradicts the figure as printed (1000 against 100亿元以上)', () => {
    expectProblem(fault('value', '1000'), {
      file: `content/${TARGETS}`,
      line: lineOfField('value'),
      field: 'targets.0.value',
      found: '1000',
      expected: '100, as printed in "100亿元以上"',
    });
  });

  it('a comparator that contradicts 以上', () => {
    expectProblem(fault('comparator', '"<"'), {
      file: `content/${TARGETS}`,
      line: lineOfField('comparator'),
      field: 'targets.0.comparator',
      found: '"<"',
      expected: '"≥" for 以上',
    });
  });

  it('a deadline the text does not print (2052 against 2025)', () => {
    expectProblem(fault('deadline', '2052'), {
      file: `content/${TARGETS}`,
      line: lineOfField('deadline'),
      field: 'targets.0.deadline',
      found: '2052',
      expected: '2025',
    });
  });

  it('a quote that is not verbatim', () => {
    expectProblem(fault('quote', field('quote').slice('    quote: '.length).replace('100亿元', '100 亿元')), {
      file: `content/${TARGETS}`,
      line: lineOfField('quote'),
      field: 'targets.0.quote',
      found: '100 亿元',
      expected: 'exactly as printed',
    });
  });

  it('a printed figure that is not in the quote', () => {
    expectProblem(fault('valueText', '150亿元以上'), {
      file: `content/${TARGETS}`,
      line: lineOfField('valueText'),
      field: 'targets.0.valueText',
      found: '"150亿元以上"',
      expected: 'exactly as printed in the quote',
    });
  });

  it('an unknown metric', () => {
    expectProblem(fault('metric', 'green-loans'), {
      file: `content/${TARGETS}`,
      line: lineOfField('metric'),
      field: 'targets.0.metric',
      found: '"green-loans"',
      expected: 'green-loan-balance',
    });
  });

  it('a place the plan does not have', () => {
    expectProblem(fault('location', '一（九）'), {
      file: `content/${TARGETS}`,
      line: lineOfField('location'),
      field: 'targets.0.location',
      found: '"一（九）"',
      expected: 'an outline label',
    });
  });

  it('a unit without a value', () => {
    expectProblem(fault('value', 'null'), {
      file: `content/${TARGETS}`,
      line: lineOfField('unit'),
      field: 'targets.0.unit',
      found: 'value null, unit 亿元',
      expected: 'unit: null',
    });
  });

  it('a comparator outside the list', () => {
    expectProblem(fault('comparator', '">="'), {
      file: `content/${TARGETS}`,
      line: lineOfField('comparator'),
      field: 'targets.0.comparator',
      found: '">="',
      expected: '≥',
    });
  });

  it('a plan that is not in the library', () => {
    expectProblem(problemsAfter(edit(TARGETS, '  - plan: tongnan\n', '  - plan: tongnam\n')), {
      file: `content/${TARGETS}`,
      line: first,
      field: 'targets.0.plan',
      found: '"tongnam"',
      expected: 'tongnan',
    });
  });
});

describe('all problems of all files in one run', () => {
  it('a problem in a plan does not hide a problem in a data file', () => {
    const plan = 'plans/tongnan.mdx';
    const problems = problemsAfter((dir) => {
      edit(plan, 'level: district-plan', 'level: district')(dir);
      edit(AGENCIES, '    type: pboc-branch', '    type: central-bank')(dir);
    });
    expect(problems.map((p) => `${p.location.file}:${p.location.line} (${p.location.field})`)).toEqual([
      `content/${plan}:${lineIn(plan, 'level: district-plan')} (level)`,
      `content/${AGENCIES}:${lineIn(AGENCIES, '    type: pboc-branch')} (agencies.0.type)`,
    ]);
  });
});
