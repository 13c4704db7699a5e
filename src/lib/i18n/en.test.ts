import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fillMessage } from './format.ts';
import { zh } from './zh.ts';

type Id = keyof typeof zh;
const ids = Object.keys(zh) as Id[];

/** Whole plural choices, `{name, plural, … {…} }` (the syntax of format.ts), counted as their value name. */
const PLURAL = /\{(\w+), plural,(?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+\s*\}/g;

/** The value names a template asks for: each `{name}` and each plural choice's value. */
function placeholders(template: string): string[] {
  const names = new Set<string>();
  const rest = template.replace(PLURAL, (_, name: string) => {
    names.add(name);
    return '';
  });
  for (const m of rest.matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  return [...names].sort();
}

const HAN = /\p{Script=Han}/u;

/** English messages that must quote Chinese words (none today); each needs a reason. */
// The language switch names the Chinese edition in Chinese, as language switches do.
const HAN_ALLOWED: ReadonlySet<Id> = new Set<Id>(['edition.switch.link']);

describe('the English table', () => {
  it('has every id of the Chinese table, in the same order', () => {
    expect(Object.keys(en)).toEqual(ids);
  });

  it.each(ids)('%s asks for exactly the values the Chinese asks for', (id) => {
    expect(placeholders(en[id])).toEqual(placeholders(zh[id]));
  });

  it.each(ids)('%s is English: not empty, not the Chinese, no Chinese characters', (id) => {
    expect(en[id].trim()).not.toBe('');
    if (HAN.test(zh[id])) expect(en[id]).not.toBe(zh[id]);
    if (!HAN_ALLOWED.has(id)) expect(en[id]).not.toMatch(HAN);
  });

  it.each(ids)('%s fills completely, for one and for many', (id) => {
    for (const value of [1, 2, 12]) {
      const params = Object.fromEntries(placeholders(zh[id]).map((name) => [name, value]));
      const filled = fillMessage(id, en[id], params, 'en');
      // A plural choice the formatter cannot read would be left in braces.
      expect(filled).not.toMatch(/[{}]/);
    }
  });

  it('keeps the markup of the markup messages (the same tags, in the order English words need)', () => {
    const tags = (html: string) => [...html.matchAll(/<(\/?)(\w+)/g)].map((m) => m[1]! + m[2]!).sort();
    for (const id of ids.filter((i) => i.endsWith('.html'))) expect(tags(en[id]), id).toEqual(tags(zh[id]));
  });

  it('writes dates the English way, with the month by name', () => {
    expect(fillMessage('date.full', en['date.full'], { year: 2023, month: 3, day: 30 }, 'en')).toBe('30 March 2023');
    expect(fillMessage('date.yearMonth', en['date.yearMonth'], { year: 2022, month: 8 }, 'en')).toBe('August 2022');
  });

  it('counts one and many in English', () => {
    expect(fillMessage('topics.topic.count', en['topics.topic.count'], { count: 1 }, 'en')).toBe(
      '1 measure covers this topic',
    );
    expect(fillMessage('topics.topic.count', en['topics.topic.count'], { count: 4 }, 'en')).toBe(
      '4 measures cover this topic',
    );
  });
});
