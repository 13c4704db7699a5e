import { describe, expect, it } from 'vitest';
import { buildAgencyRegistry, leadSharesByType, mostNamedAgencies, AGENCIES_FILE, AGENCY_TYPES } from './agencies.ts';
import { buildSample, lineOf, SAMPLE_FILE, problemsOf, withoutProblems } from '#tests/fixtures/sample-library.ts';

const library = buildSample();
const types = AGENCY_TYPES.map((id) => `  - id: ${id}\n    name: 类型${id}\n    nameEn: ${id}`).join('\n');
const agency = (id: string, aliases: string, type: string, plans = '[sample]') =>
  `  - id: ${id}\n    name: 示例${id}\n    nameEn: Sample ${id}\n    aliases: [${aliases}]\n    type: ${type}\n    jurisdiction: 示例区\n    plans: ${plans}`;
const REGISTRY = `types:\n${types}\nagencies:\n${[
  agency('pboc-sample', '人行示例支行', 'pboc-branch'),
  agency('sample-finance', '区财政局', 'finance-bureau'),
  agency('sample-counties', '各县（区）人民政府', 'local-government'),
  agency('sample-ecology', '区生态环境局', 'ecology-environment'),
  agency('sample-group', '工作组其他成员单位', 'leading-group'),
].join('\n')}\nnotes:\n  regulatorReform: 说明。\n  regulatorReformEn: A note.\n`;

const problems = (text: string) => problemsOf((p) => buildAgencyRegistry(text, library, p));

describe('agency registry', () => {
  const registry = withoutProblems((p) => buildAgencyRegistry(REGISTRY, library, p));

  it('resolves every printed unit name of every measure and annex task', () => {
    expect(registry.resolve('sample', '区财政局')?.id).toBe('sample-finance');
    expect(registry.resolve('other', '区财政局')).toBeUndefined();
    const measureMentions = registry.mentions.filter((m) => m.task === undefined);
    const printed = library.measures.flatMap((m) => [...(m.units?.lead ?? []), ...(m.units?.responsible ?? [])]);
    expect(measureMentions.map((m) => m.printed)).toEqual(printed);
    expect(registry.mentions.filter((m) => m.task !== undefined).map((m) => [m.task, m.role, m.agency])).toEqual([
      [1, 'lead', 'sample-finance'],
      [1, 'responsible', 'pboc-sample'],
      [2, 'lead', 'sample-ecology'],
    ]);
  });

  it('fails on a unit name it does not know, naming the measure and its line', () => {
    expect(problems(REGISTRY.replace('[区财政局]', '[区财政厅]'))).toEqual([
      `${SAMPLE_FILE}:${lineOf('<Measure number="1">')} (牵头单位): measure sample/1 names a unit ${AGENCIES_FILE} does not know for sample; found "区财政局"; expected the name in the aliases of an agency with plans: [sample]`,
      `${SAMPLE_FILE}:${lineOf('| 1 | 鼓励设立绿色专营机构。')} (annex task 1): annex task 1 names a unit ${AGENCIES_FILE} does not know for sample; found "区财政局"; expected the name in the aliases of an agency with plans: [sample]`,
    ]);
  });

  it('fails on a name that would mean two units in one plan, and on an unknown plan', () => {
    expect(problems(REGISTRY.replace('[区生态环境局]', '[区生态环境局, 区财政局]'))).toEqual([
      expect.stringMatching(/"区财政局" in sample already names sample-finance/),
    ]);
    expect(problems(REGISTRY.replace('plans: [sample]', 'plans: [nowhere]'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/agencies\.yaml:\d+ \(agencies\.0\.plans\): unknown plan "nowhere"/),
      ]),
    );
  });

  it('fails on an unknown type', () => {
    expect(problems(REGISTRY.replace('type: pboc-branch', 'type: central-bank'))).toEqual([
      expect.stringMatching(/\(agencies\.0\.type\): .*expected one of/),
    ]);
  });

  it('fails on a note without its English, and on an English note without a note', () => {
    const noted = (fields: string) =>
      REGISTRY.replace('    jurisdiction: 示例区\n', `    jurisdiction: 示例区\n${fields}`);
    expect(problems(noted('    note: 全称未能核实。\n'))).toEqual([
      expect.stringMatching(
        /:\d+ \(agencies\.0\.noteEn\): a note without its English; found no noteEn; expected noteEn/,
      ),
    ]);
    expect(problems(noted('    noteEn: Unverified.\n'))).toEqual([
      expect.stringMatching(/\(agencies\.0\.noteEn\): an English note without a note/),
    ]);
    const both = noted('    note: 全称未能核实。\n    noteEn: The full name could not be verified.\n');
    expect(withoutProblems((p) => buildAgencyRegistry(both, library, p)).agencies[0]!.noteEn).toBe(
      'The full name could not be verified.',
    );
  });

  it('counts, per plan, the share of measures each type leads', () => {
    const [shares] = leadSharesByType(library, registry);
    expect(shares!.withLead).toBe(2);
    const share = (type: string) => shares!.types.find((t) => t.type === type)!;
    expect(share('pboc-branch')).toEqual({ type: 'pboc-branch', measures: 1, share: 0.5 });
    expect(share('ecology-environment').share).toBe(0.5);
    expect(share('tax').measures).toBe(0);
  });

  it('ranks units by the measures that name them', () => {
    // All are named once; leads rank before responsible units, then by id.
    expect(mostNamedAgencies(registry, 3).map((r) => r.agency)).toEqual([
      'pboc-sample',
      'sample-ecology',
      'sample-finance',
    ]);
  });
});
