import { describe, expect, it } from 'vitest';
import { readMeasureUnits, trailingParenthetical } from './measure-units.ts';

const units = (text: string) => {
  const reading = readMeasureUnits(text);
  if (reading.kind !== 'units') throw new Error(`expected units, got ${JSON.stringify(reading)}`);
  return reading.units;
};

describe('readMeasureUnits', () => {
  it('splits lead and responsible lists as printed', () => {
    const u = units('推动。（牵头单位：合川银保监分局、人行合川中心支行；责任单位：区国资委）');
    expect(u.lead).toEqual(['合川银保监分局', '人行合川中心支行']);
    expect(u.responsible).toEqual(['区国资委']);
    expect(u.printed).toBe('（牵头单位：合川银保监分局、人行合川中心支行；责任单位：区国资委）');
  });

  it('accepts half-width punctuation, commas between units and a comma between roles', () => {
    expect(units('做。(牵头单位:人行合川中心支行、合川银保监分局;责任单位:区国资委)').lead).toEqual([
      '人行合川中心支行',
      '合川银保监分局',
    ]);
    expect(
      units('做。（牵头部门：国家金融监督管理总局永川监管分局，人行永川分行；责任部门：区金融事务中心）').lead,
    ).toEqual(['国家金融监督管理总局永川监管分局', '人行永川分行']);
    const u = units('做。（牵头单位：市金融工作局、人民银行攀枝花市分行，责任单位：市财政局）');
    expect(u.lead).toEqual(['市金融工作局', '人民银行攀枝花市分行']);
    expect(u.responsible).toEqual(['市财政局']);
  });

  it('keeps brackets inside unit names and ignores a stray final separator', () => {
    const u = units('做。（牵头单位：市发展改革委，各县（区）人民政府、钒钛高新区管委会；责任单位：区金融事务中心、）');
    expect(u.lead).toEqual(['市发展改革委', '各县（区）人民政府', '钒钛高新区管委会']);
    expect(u.responsible).toEqual(['区金融事务中心']);
  });

  it('reads a list with only a responsible role', () => {
    const u = units('做。（责任单位：区绿金改领导小组有关成员单位）');
    expect(u.lead).toEqual([]);
    expect(u.responsible).toEqual(['区绿金改领导小组有关成员单位']);
  });

  it('leaves an ordinary final parenthetical alone', () => {
    expect(readMeasureUnits('以政府和社会资本合作（PPP）').kind).toBe('none');
    expect(readMeasureUnits('没有括号。').kind).toBe('none');
  });

  it('fails a parenthetical that looks like units but does not parse', () => {
    expect(readMeasureUnits('做。（主办单位：区财政局）')).toMatchObject({ kind: 'error' });
    expect(readMeasureUnits('做。（牵头单位：）')).toMatchObject({
      kind: 'error',
      problem: expect.stringContaining('empty'),
    });
    expect(readMeasureUnits('做。（牵头单位：甲；牵头单位：乙）')).toMatchObject({
      kind: 'error',
      problem: expect.stringContaining('twice'),
    });
  });
});

describe('trailingParenthetical', () => {
  it('matches nested brackets from the end', () => {
    expect(trailingParenthetical('文（甲（乙）丙）')).toEqual({ start: 1, inner: '甲（乙）丙' });
    expect(trailingParenthetical('文（未闭合')).toBeUndefined();
  });
});
