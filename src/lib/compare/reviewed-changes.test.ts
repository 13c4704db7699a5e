/**
 * Every change the compare pages list on the five plans — wording strength, who acts, a changed
 * action, figures, targets and lead units — against the list reviewed by reading the texts
 * (src/tests/fixtures/reviewed-changes.yaml). No kind is mixed into another.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '#lib/build/load.ts';
import { computeCounterparts } from './counterparts.ts';

interface Reviewed {
  link: string;
  kind?: string;
  direction: string;
  from: string | null;
  to: string | null;
}

const reviewed = parse(readFileSync('src/tests/fixtures/reviewed-changes.yaml', 'utf8')) as Record<string, Reviewed[]>;
const { library, agencies, names, scale, targets } = loadContent();
const { counterparts } = computeCounterparts(library, { agencies, names, scale, targets });

const key = (link: string, kind: string, c: { direction: string; from: string | null; to: string | null }) =>
  `${link} ${kind} ${c.direction} ${c.from ?? '∅'} → ${c.to ?? '∅'}`;

describe('the changes listed on the compare pages', () => {
  const computed = counterparts.links.flatMap((l) => l.strength.map((c) => key(`${l.from} > ${l.to}`, c.kind, c)));
  const expected = [
    ...reviewed.wording!.map((r) => key(r.link, r.kind!, r)),
    ...reviewed.targets!.map((r) => key(r.link, 'target', r)),
    ...reviewed.lead!.map((r) => key(r.link, 'lead', r)),
  ];

  it('are exactly the reviewed wording, actor and action changes', () => {
    const kinds = new Set(['verb', 'actor', 'action']);
    expect(computed.filter((c) => kinds.has(c.split(' ')[3]!)).sort()).toEqual(
      expected.filter((c) => kinds.has(c.split(' ')[3]!)).sort(),
    );
  });

  it('are exactly the reviewed figure, target and lead-unit changes', () => {
    const kinds = new Set(['number', 'deadline', 'target', 'lead']);
    expect(computed.filter((c) => kinds.has(c.split(' ')[3]!)).sort()).toEqual(
      expected.filter((c) => kinds.has(c.split(' ')[3]!)).sort(),
    );
  });

  it('never call a link with a wording, actor, action, figure or target change copied (照搬)', () => {
    for (const link of counterparts.links)
      if (link.strength.some((c) => c.kind !== 'lead'))
        expect(link.kind, `${link.from} → ${link.to}`).not.toBe('copied');
    const t7 = counterparts.links.find((l) => l.from === 'tongnan/7' && l.to === 'rongchang/7')!;
    expect(t7.kind).toBe('adapted');
  });
});
