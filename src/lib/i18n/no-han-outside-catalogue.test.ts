/**
 * Every interface word comes from the catalogue (src/lib/i18n/zh.ts): no Han character may stand in
 * the code of pages, components, layouts, client scripts or view modules. Plan text and editorial
 * YAML are data (content/), not code, so they are not scanned; neither are comments. about.mdx is
 * hand-written prose (content, like editorial text) and may stay Chinese; its code (imports and
 * expressions) is scanned like any page.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SCANNED = ['src/pages', 'src/components', 'src/layouts', 'src/client'];
const HAN = /\p{Script=Han}/u;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The view modules: src/lib/<domain>/views.ts and the other *-views.ts modules. */
const viewModules = filesUnder(join(ROOT, 'src/lib')).filter(
  (path) => /(^|[/-])views\.ts$/.test(path) && !path.endsWith('.test.ts'),
);

/** Comments removed: block comments, JSX comments, HTML comments, and line comments. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The code of an MDX page: its import/export lines and {expressions}; its prose is content. */
function mdxCode(text: string): string {
  const lines = text.split('\n');
  const code = lines.filter((line) => /^(import|export) /.test(line));
  const expressions = [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
  return [...code, ...expressions].join('\n');
}

/** Lines of `path` with a Han character in code, as "path:line: text". */
function hanLines(path: string): string[] {
  const raw = readFileSync(path, 'utf8');
  const code = path.endsWith('.mdx') ? mdxCode(raw) : withoutComments(raw);
  return code
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => HAN.test(line))
    .map(([line, i]) => `${relative(ROOT, path)}:${i + 1}: ${line.trim()}`);
}

/**
 * Routes whose interface words have not moved to the catalogue yet (issue 17): each must still
 * hold Han characters, so the list can only shrink.
 */
const NOT_YET_IN_CATALOGUE: string[] = [];

describe('interface words', () => {
  const files = [...SCANNED.flatMap((dir) => filesUnder(join(ROOT, dir))), ...viewModules];

  it('scans the pages, components, layouts, client scripts and every view module', () => {
    expect(viewModules.map((p) => relative(ROOT, p))).toEqual(
      expect.arrayContaining(['src/lib/compare/views.ts', 'src/lib/topics/views.ts', 'src/lib/targets/views.ts']),
    );
    expect(files.some((p) => p.endsWith('.astro'))).toBe(true);
    expect(files.some((p) => p.endsWith('search-page.ts'))).toBe(true);
  });

  it('has no Han character in code outside the catalogue', () => {
    const found = files.filter((path) => !NOT_YET_IN_CATALOGUE.includes(relative(ROOT, path))).flatMap(hanLines);
    expect(found).toEqual([]);
  });

  it('lists as pending only files that still hold Han characters', () => {
    for (const path of NOT_YET_IN_CATALOGUE) expect(hanLines(join(ROOT, path)), path).not.toEqual([]);
  });

  it('finds a Han character that is put into code', () => {
    const sample = join(ROOT, 'src/lib/i18n/zh.ts');
    expect(hanLines(sample).length).toBeGreaterThan(0);
  });
});
