import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';

describe('robots.txt', () => {
  it('allows everything and names the sitemap only when the site address is known', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://plans.example.cn')).toContain('Sitemap: https://plans.example.cn/sitemap-index.xml');
  });
});
