import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '#lib/build/load.ts';
import { problemsOf } from '#tests/fixtures/sample-library.ts';
import { buildNameTable } from './names.ts';

const library = loadContent().library;
const agencies = loadContent().agencies;
const names = loadContent().names;
const NAMES_TEXT = readFileSync('content/name-equivalents.yaml', 'utf8');

describe('name equivalents', () => {
  it('derives each plan’s names from its region and the unit registry', () => {
    const of = (plan: string) => names.namesOf(plan).map((n) => n.name);
    expect(of('tongnan')).toEqual(expect.arrayContaining(['潼南区', '全区', '我区', '在潼', '人行合川中心支行']));
    expect(of('rongchang')).toEqual(expect.arrayContaining(['荣昌区', '在荣', '人行永川分行']));
    expect(of('chongqing')).toEqual(expect.arrayContaining(['重庆市', '全市', '在渝', '区县']));
    expect(of('tongnan')).not.toContain('重庆市');
  });

  it('fails loudly, naming file, line and field, on an unknown plan or placeholder', () => {
    const broken = NAMES_TEXT.replace('  tongnan: {', '  tongnam: {').replace("'全{suffix}'", "'全{sufix}'");
    const message = problemsOf((p) => buildNameTable(broken, library, agencies, p)).join('\n');
    expect(message).toMatch(
      /content\/name-equivalents\.yaml:\d+ \(places\.tongnam\): unknown plan "tongnam".*expected one of/,
    );
    expect(message).toMatch(
      /content\/name-equivalents\.yaml:\d+ \(classes\.1\.forms\.0\): found \{sufix\}, expected one of/,
    );
  });
});
