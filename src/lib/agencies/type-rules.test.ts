import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentProblems } from '#lib/content/errors.ts';
import { checkUnitTypes, typeFromName, type TypeRule } from './type-rules.ts';
import type { Agency } from './agencies.ts';

const RULES_TEXT = readFileSync('content/unit-type-rules.yaml', 'utf8');
const AGENCIES_TEXT = readFileSync('content/agencies.yaml', 'utf8');
const rules = (parse(RULES_TEXT) as { rules: Omit<TypeRule, 'line'>[] }).rules.map((r) => ({ ...r, line: 0 }));

describe('a unit type from the words of its name', () => {
  it.each([
    ['区财政局', 'finance-bureau'],
    ['国家税务总局重庆市荣昌区税务局', 'tax'],
    ['人行永川分行', 'pboc-branch'],
    ['国家金融监督管理总局永川监管分局', 'regulator-branch'],
    ['合川银保监分局', 'regulator-branch'],
    ['区发展改革委', 'development-reform'],
    ['区生态环境局', 'ecology-environment'],
    ['攀枝花市金融工作局', 'finance-office'],
    // More specific words first: a leading group's members, state assets under a people's government.
    ['区绿金改领导小组有关成员单位', 'leading-group'],
    ['攀枝花市人民政府国有资产监督管理委员会', 'state-assets'],
    ['各县（区）人民政府', 'local-government'],
  ])('%s → %s', (name, type) => {
    expect(typeFromName(name, rules)?.rule.type).toBe(type);
  });

  it('says nothing about a name without any rule’s word', () => {
    expect(typeFromName('攀枝花市统计局', rules)).toBeUndefined();
  });
});

describe('the real registry against the real rules', () => {
  it('has no unit whose type contradicts its name', () => {
    const problems = new ContentProblems();
    const { agencies } = parse(AGENCIES_TEXT) as { agencies: Agency[] };
    checkUnitTypes(RULES_TEXT, AGENCIES_TEXT, agencies, problems);
    expect(problems.errors.map((e) => e.message)).toEqual([]);
  });
});
