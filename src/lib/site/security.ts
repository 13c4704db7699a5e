/**
 * The site's Content-Security-Policy and its other security headers, defined once. The page layout
 * prints the policy as <meta http-equiv="Content-Security-Policy"> (the only form a plain static
 * host serves), and the build writes the same policies into dist/_headers for static hosts that
 * read that file (Netlify, Cloudflare Pages), together with the headers a <meta> cannot set.
 *
 * The site works under it because it has no inline script, inline style, style attribute or event
 * handler (astro.config.mjs: stylesheets and scripts are always files), loads nothing from another
 * host and sends nothing anywhere. Only the search page compiles WebAssembly (Pagefind), so only it
 * gets 'wasm-unsafe-eval'.
 */
import { PAGES, pagePath } from './paths.ts';

type Directive = readonly [name: string, ...sources: string[]];

const STRICT: readonly Directive[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['connect-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Pages that run Pagefind, whose WebAssembly needs 'wasm-unsafe-eval' to compile: the search page of each edition. */
export const WEBASSEMBLY_PAGES: readonly string[] = [PAGES.search, pagePath('search', 'en')];

const withTrailingSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

function serialize(directives: readonly Directive[]): string {
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The policy of the page at a URL path (/search/ or /plans/tongnan/). */
export function contentSecurityPolicy(path: string): string {
  const wasm = WEBASSEMBLY_PAGES.includes(withTrailingSlash(path.split(/[?#]/)[0]!));
  return serialize(
    wasm ? STRICT.map((d) => (d[0] === 'script-src' ? [...d, "'wasm-unsafe-eval'"] : d) as Directive) : STRICT,
  );
}

/** Headers every response carries; a <meta> cannot set these. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Nothing leaves the site: links to other hosts do not tell them which page (or query) they came from.
  'Referrer-Policy': 'same-origin',
  // The site uses none of these; clipboard-write (the copy-link button) keeps its default (this site only).
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * dist/_headers (Netlify and Cloudflare Pages syntax). Hosts that match several rules to one path
 * join their values of the same header into one, which for a CSP would enforce both policies, so
 * each path gets exactly one policy rule: the site root's own pages, then one rule per top-level
 * folder of the built site (listed by the build), the WebAssembly pages with their own policy.
 */
export function headersFile(built: {
  folders: readonly string[];
  rootPages: readonly string[];
  /** Folders listed entry by entry (folders and rootPages hold their entries, e.g. en/plans, en/index.html): their own index page. */
  indexes?: readonly string[];
}): string {
  const rule = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const csp = (path: string) => ({ 'Content-Security-Policy': contentSecurityPolicy(path) });
  const rules = [
    rule('/*', { ...SECURITY_HEADERS }),
    ...['/', ...built.rootPages.map((page) => `/${page}`)].map((path) => rule(path, csp(path))),
    ...(built.indexes ?? []).map((folder) => rule(`/${folder}/`, csp(`/${folder}/`))),
    ...[...built.folders].sort().map((folder) => rule(`/${folder}/*`, csp(`/${folder}/`))),
  ];
  return rules.join('\n') + '\n';
}

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Reads a _headers file back (for the test server): its rules in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a _headers-reading host sends for a path: every matching rule's (`*` matches anything). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { pattern, headers: set } of rules) {
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (!matches) continue;
    for (const [name, value] of Object.entries(set))
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
