import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, headersFor, parseHeadersFile, SECURITY_HEADERS } from './security.ts';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d]));

describe('the Content-Security-Policy', () => {
  it('allows only this site, no inline script or style, and WebAssembly only on the search page', () => {
    const strict = directives(contentSecurityPolicy('/plans/tongnan/'));
    expect(strict.get('default-src')).toBe("default-src 'self'");
    expect(strict.get('script-src')).toBe("script-src 'self'");
    expect(strict.get('style-src')).toBe("style-src 'self'");
    expect(strict.get('connect-src')).toBe("connect-src 'self'");
    expect(strict.get('object-src')).toBe("object-src 'none'");
    for (const path of ['/search/', '/search', '/search/?q=碳账户'])
      expect(directives(contentSecurityPolicy(path)).get('script-src'), path).toBe(
        "script-src 'self' 'wasm-unsafe-eval'",
      );
    expect(contentSecurityPolicy('/searching/')).not.toContain('wasm');
  });
});

describe('dist/_headers', () => {
  const text = headersFile({
    folders: ['search', 'plans', '_astro', 'en/search', 'en/plans'],
    rootPages: ['404.html', 'index.html', 'en/index.html'],
    indexes: ['en'],
  });
  const rules = parseHeadersFile(text);

  it('gives every page the security headers and exactly its own policy, as a host reading it sends them', () => {
    for (const path of [
      '/',
      '/index.html',
      '/404.html',
      '/plans/tongnan/',
      '/plans/tongnan/9/',
      '/search/',
      '/en/',
      '/en/index.html',
      '/en/plans/tongnan/',
      '/en/search/',
    ]) {
      const headers = headersFor(rules, path);
      expect(headers['Content-Security-Policy'], path).toBe(contentSecurityPolicy(path));
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], path).toBe(value);
    }
  });

  it('joins a header that two rules set, as hosts do (so overlapping policy rules would show)', () => {
    const joined = headersFor(parseHeadersFile('/*\n  X-A: 1\n/a/*\n  X-A: 2\n'), '/a/b/');
    expect(joined['X-A']).toBe('1, 2');
  });
});
