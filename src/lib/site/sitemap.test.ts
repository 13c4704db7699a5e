import { describe, expect, it } from 'vitest';
import { sitemapFilter } from './sitemap.ts';
import { comparePath } from './paths.ts';

const chronological = ['chongqing', 'tongnan', 'panzhihua'];
const keep = sitemapFilter(chronological);
const site = 'https://plans.example.cn';

describe('the sitemap filter', () => {
  it('keeps canonical compare pages and drops their reversed redirects', () => {
    const canonical = comparePath('panzhihua', 'tongnan', chronological);
    expect(canonical).toBe('/compare/tongnan/panzhihua/');
    expect(keep(`${site}${canonical}`)).toBe(true);
    expect(keep(`${site}/compare/panzhihua/tongnan/`)).toBe(false);
    expect(keep(`${site}/compare/`)).toBe(true);
    expect(keep(`${site}/en${canonical}`)).toBe(true);
    expect(keep(`${site}/en/compare/panzhihua/tongnan/`)).toBe(false);
  });

  it('drops the not-found page and keeps ordinary pages', () => {
    expect(keep(`${site}/404/`)).toBe(false);
    expect(keep(`${site}/en/404/`)).toBe(false);
    expect(keep(`${site}/plans/tongnan/9/`)).toBe(true);
    expect(keep(`${site}/`)).toBe(true);
  });
});
