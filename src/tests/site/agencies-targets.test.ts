/** The registry and the targets against the built site: names resolve, quotes stand where the links point. */
import { beforeAll, describe, expect, it } from 'vitest';
import { pageExists, readDistText, readPage, requireBuild } from '#tests/built-site.ts';

interface MeasureRecord {
  id: string;
  plan: string;
  lead: string[];
  responsible: string[];
}
interface AgenciesJson {
  agencies: { id: string; aliases: string[]; plans: string[]; type: string }[];
  types: { id: string }[];
}
interface TargetsJson {
  targets: { plan: string; quote: string; location: string; url: string; metric: string }[];
  metrics: { id: string }[];
}

let measures: MeasureRecord[];
let agencies: AgenciesJson;
let targets: TargetsJson;

beforeAll(() => {
  requireBuild();
  measures = JSON.parse(readDistText('/data/measures.json'));
  agencies = JSON.parse(readDistText('/data/agencies.json'));
  targets = JSON.parse(readDistText('/data/targets.json'));
});

describe('agencies.json', () => {
  it('knows every unit name used in measures.json, within the plan that uses it, as exactly one unit', () => {
    const problems: string[] = [];
    for (const m of measures) {
      for (const name of [...m.lead, ...m.responsible]) {
        const found = agencies.agencies.filter((a) => a.plans.includes(m.plan) && a.aliases.includes(name));
        if (found.length !== 1) problems.push(`${m.id}: "${name}" resolves to ${found.length} units`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every unit a page and a known type', () => {
    const types = agencies.types.map((t) => t.id);
    for (const a of agencies.agencies) {
      expect(pageExists(`/agencies/${a.id}/`), a.id).toBe(true);
      expect(types).toContain(a.type);
    }
  });
});

describe('targets.json', () => {
  it('links every target to a place on its plan page where the quote stands verbatim', () => {
    expect(targets.targets.length).toBeGreaterThan(0);
    for (const t of targets.targets) {
      // Built without SITE_URL the data files give site-relative URLs.
      expect(t.url).toMatch(/^\//);
      const url = new URL(t.url, 'http://site');
      expect(url.pathname).toBe(`/plans/${t.plan}/`);
      const place = readPage(url.pathname).getElementById(decodeURIComponent(url.hash.slice(1)));
      expect(place, `${t.plan} ${t.location}`).not.toBeNull();
      expect(place!.textContent.replace(/\n/g, ''), `${t.plan} ${t.metric}`).toContain(t.quote);
    }
  });

  it('uses only known metrics', () => {
    const metrics = targets.metrics.map((m) => m.id);
    for (const t of targets.targets) expect(metrics).toContain(t.metric);
  });
});
