import { describe, expect, it } from 'vitest';
import { message, nameFirstThenCount } from './catalogue.ts';

describe('message catalogue', () => {
  it('fills every {name} and refuses a missing value', () => {
    expect(message('list.andMore', { names: '甲、乙', count: 5, unit: '份' })).toBe('甲、乙等 5 份');
    expect(() => message('list.andMore', { names: '甲' })).toThrow(/no value for \{count\}/);
  });

  it('names the first items and counts all of them, or writes a short list out whole', () => {
    const plans = ['潼南', '沙坪坝', '荣昌', '攀枝花'];
    expect(nameFirstThenCount(plans, 2, '份')).toBe('潼南、沙坪坝等 4 份');
    expect(nameFirstThenCount(plans, 4, '份')).toBe('潼南、沙坪坝、荣昌、攀枝花');
  });
});
