import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadAgencies, loadLibrary, loadNameTable, loadStrengthScale } from '#lib/content/load.ts';
import { ContentErrors } from '#lib/content/errors.ts';
import { buildNameTable } from './names.ts';
import { normalised, tokenize } from './tokens.ts';
import { alignTexts, prepareText } from './align-pair.ts';
import { applyRedline, redlineOf } from './redline.ts';
import { buildStrengthScale, quantityChanges, verbChanges } from './strength.ts';
import { unitChanges } from './units.ts';
import { computeCounterparts, COUNTERPART_PARAMETERS as P } from './counterparts.ts';
import { COUNTERPART_CSV_COLUMNS, counterpartsCsv } from '#lib/export/counterparts.ts';
import { diffTexts } from './align-pair.ts';

const library = loadLibrary();
const agencies = loadAgencies(library);
const names = loadNameTable(library, agencies);
const classIds = names.classes.map((c) => c.id);
const scale = loadStrengthScale();
const measure = new Map(library.measures.map((m) => [m.id, m]));
const NAMES_TEXT = readFileSync('content/name-equivalents.yaml', 'utf8');
const SCALE_TEXT = readFileSync('content/strength-scale.yaml', 'utf8');

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
    let error: unknown;
    try {
      buildNameTable(broken, library, agencies);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentErrors);
    const message = (error as Error).message;
    expect(message).toMatch(
      /content\/name-equivalents\.yaml:\d+ \(places\.tongnam\): unknown plan "tongnam".*expected one of/,
    );
    expect(message).toMatch(
      /content\/name-equivalents\.yaml:\d+ \(classes\.1\.forms\.0\): found \{sufix\}, expected one of/,
    );
  });
});

describe('tokens', () => {
  it('keep every printed character: the tokens of every measure give back its substance', () => {
    for (const m of library.measures) {
      const tokens = tokenize(m.substance, names.namesOf(m.plan), classIds);
      expect(tokens.map((t) => t.text).join('')).toBe(m.substance);
    }
  });

  it('take 荣昌区 whole in 在荣昌区, and compare half- and full-width marks as one', () => {
    const rongchang = names.namesOf('rongchang');
    expect(tokenize('在荣昌区', rongchang, classIds).map((t) => t.text)).toEqual(['在', '荣昌区']);
    expect(normalised(tokenize('在荣落地,', rongchang, classIds))).toBe(
      normalised(tokenize('在潼落地，', names.namesOf('tongnan'), classIds)),
    );
  });
});

describe('alignment', () => {
  const p = { gram: P.gram, minSegmentScore: P.minSegmentScore, gapCost: P.gapCost };
  const shared = '引导金融机构科学制定绿色金融业务发展规划，';
  const a = `${shared}推动碳减排支持工具落地。`;
  const b = `${shared}发展农林行业碳汇。`;

  it('aligns a clause two texts share', () => {
    const result = alignTexts(prepareText(a, new Set(), p.gram), prepareText(b, new Set(), p.gram), new Set(), p);
    expect(result.informative.size).toBeGreaterThanOrEqual(shared.length - 1);
  });

  it('gives nothing for a clause that is boilerplate (found in many measures)', () => {
    const boilerplate = new Set<string>();
    for (let q = 0; q + p.gram <= shared.length; q++) boilerplate.add(shared.slice(q, q + p.gram));
    const result = alignTexts(prepareText(a, boilerplate, p.gram), prepareText(b, boilerplate, p.gram), boilerplate, p);
    expect(result.informative.size).toBe(0);
  });

  it('finds a clause moved to another place in the measure', () => {
    const moved = `发展农林行业碳汇。${shared}`;
    const result = alignTexts(prepareText(a, new Set(), p.gram), prepareText(moved, new Set(), p.gram), new Set(), p);
    expect(result.informative.size).toBeGreaterThanOrEqual(shared.length - 1);
  });
});

describe('redline', () => {
  it('rejects a redline applied to another text', () => {
    const [x, y] = ['推动绿色债券在潼落地。', '推动绿色债券在荣落地。'];
    const tx = tokenize(x, names.namesOf('tongnan'), classIds);
    const ty = tokenize(y, names.namesOf('rongchang'), classIds);
    const ops = redlineOf(diffTexts(normalised(tx), normalised(ty)), tx, ty);
    expect(ops).toEqual([
      { op: 'equal', text: '推动绿色债券' },
      { op: 'substitute', from: '在潼', to: '在荣' },
      { op: 'equal', text: '落地。' },
    ]);
    expect(applyRedline(x, ops)).toBe(y);
    expect(() => applyRedline('推动绿色信贷在潼落地。', ops)).toThrow(/redline expects/);
  });
});

describe('strength', () => {
  const verbs = (from: string, to: string) => {
    const tf = tokenize(from, [], classIds);
    const tt = tokenize(to, [], classIds);
    const diffs = diffTexts(normalised(tf), normalised(tt));
    return verbChanges(
      diffs,
      tf,
      tt,
      Array.from({ length: tf.length }, () => true),
      scale,
    );
  };

  it('reads 建立 → 探索建立 as weaker and 支持 → 加大支持 as stronger, 推动 → 推进 (one level) as no change', () => {
    expect(verbs('建立绿色项目投资风险分担机制。', '探索建立绿色项目投资风险分担机制。')).toEqual([
      { kind: 'verb', from: '建立', to: '探索建立', direction: 'weaker' },
    ]);
    expect(verbs('支持绿色低碳技术应用。', '加大支持绿色低碳技术应用。')).toEqual([
      { kind: 'verb', from: '支持', to: '加大支持', direction: 'stronger' },
    ]);
    expect(verbs('推动绿色低碳技术应用。', '推进绿色低碳技术应用。')).toEqual([]);
  });

  it('finds a changed deadline, a dropped figure and an added one', () => {
    expect(quantityChanges('到2025年绿色贷款增长10倍', '到2027年绿色贷款增长')).toEqual([
      { kind: 'deadline', from: '2025年', to: '2027年', direction: 'changed' },
      { kind: 'number', from: '10倍', to: null, direction: 'dropped' },
    ]);
    expect(quantityChanges('培育企业', '培育50家企业')).toEqual([
      { kind: 'number', from: null, to: '50家', direction: 'added' },
    ]);
  });

  it('fails loudly on a verb put on two levels', () => {
    expect(() => buildStrengthScale(SCALE_TEXT.replace('words: [鼓励,', 'words: [建立, 鼓励,'))).toThrow(
      /content\/strength-scale\.yaml:\d+ \(levels\.2\.words\.0\): found 建立 on two levels/,
    );
  });
});

describe('units', () => {
  it('compare by role: two districts’ People’s Bank branches are one role, a new lead bureau is a change', () => {
    expect(unitChanges(measure.get('tongnan/29')!, measure.get('rongchang/25')!, agencies)).toEqual({
      leadAdded: [],
      leadRemoved: [],
      responsibleAdded: ['区金融事务中心'],
      responsibleRemoved: ['区国资委'],
    });
    const seven = unitChanges(measure.get('tongnan/7')!, measure.get('rongchang/7')!, agencies);
    expect(seven.leadRemoved).toEqual(['区财政局']);
    expect(seven.leadAdded).toEqual(['区金融事务中心']);
  });
});

describe('counterparts.csv', () => {
  it('has one row per link, its columns as described, parseable as CSV', () => {
    const { counterparts } = computeCounterparts(library, { names, agencies, scale });
    const csv = counterpartsCsv(counterparts);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(COUNTERPART_CSV_COLUMNS);
    expect(rows.map((r) => `${r.from}>${r.to}:${r.kind}`)).toEqual(
      counterparts.links.map((l) => `${l.from}>${l.to}:${l.kind}`),
    );
  }, 30_000);
});
