import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { libraryFeed } from './feed.ts';
import { buildSample } from '#tests/fixtures/sample-library.ts';

const plans = buildSample().plans;

describe('the Atom feed', () => {
  it('has one entry per plan with its dates, and site-relative links without a site', () => {
    const xml = libraryFeed(plans, undefined);
    const feed = parse(xml, { parseNoneClosedTags: true });
    const entries = feed.querySelectorAll('entry');
    expect(entries).toHaveLength(plans.length);
    const plan = plans[0]!;
    expect(entries[0]!.querySelector('published')!.textContent).toBe(`${plan.meta.dateIssued}T00:00:00.000Z`);
    expect(entries[0]!.querySelector('updated')!.textContent).toBe(`${plan.meta.datePrinted}T00:00:00.000Z`);
    expect(entries[0]!.querySelector('link')!.getAttribute('href')).toBe('/plans/sample/');
    expect(entries[0]!.querySelector('id')!.textContent).toBe('urn:green-finance-plans:plan:sample');
    expect(xml).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('uses absolute ids and links with a site', () => {
    const xml = libraryFeed(plans, 'https://plans.example.cn');
    expect(xml).toContain('<id>https://plans.example.cn/plans/sample/</id>');
    expect(xml).toContain('<link href="https://plans.example.cn/plans/sample/"/>');
  });

  it('is dated by the newest plan, not the clock', () => {
    expect(libraryFeed(plans, undefined)).toBe(libraryFeed(plans, undefined));
    expect(libraryFeed(plans, undefined)).toContain(`<updated>${plans[0]!.meta.datePrinted}T00:00:00.000Z</updated>`);
  });

  it('says its language on the root element, as the pages do (xml:lang="zh-CN")', () => {
    for (const site of [undefined, 'https://plans.example.cn']) {
      const root = parse(libraryFeed(plans, site), { parseNoneClosedTags: true }).querySelector('feed')!;
      expect(root.getAttribute('xml:lang')).toBe('zh-CN');
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    }
  });
});
