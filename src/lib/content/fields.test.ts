import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDate, kebabId } from './fields.ts';

describe('shared schema pieces', () => {
  it('accept only days of the calendar', () => {
    expect(['2023-03-30', '2024-02-29'].every(isCalendarDate)).toBe(true);
    expect(['2023-02-30', '2023-13-31', '2023-02-29', '2023-3-30', '2023年3月30日'].some(isCalendarDate)).toBe(false);
    expect(isoDate.safeParse('2023-02-30').success).toBe(false);
    expect(isoDate.parse(new Date('2023-03-30T00:00:00Z'))).toBe('2023-03-30');
  });

  it('accept kebab-case ids only, naming an example', () => {
    const id = kebabId('carbon-account');
    expect(id.safeParse('carbon-account').success).toBe(true);
    const result = id.safeParse('Carbon_Account');
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('such as carbon-account');
  });
});
