/**
 * The comparison core must run in the browser (the paste page): no module reachable from
 * src/lib/intake, other than the one content adapter, may import a Node built-in.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = process.cwd();
const ADAPTER = join(ROOT, 'src/lib/intake/content.ts');
const CORE = [
  'decode',
  'lines',
  'structure',
  'mdx',
  'frontmatter',
  'draft',
  'suggest',
  'accept',
  'compare',
  'clauses',
  'report',
  'scores',
  'variants',
  'paste',
  'paste-input',
  'text-summary',
];

/** Resolves a relative or #lib/ specifier to a file, or undefined for a package. */
function fileOf(specifier: string, from: string): string | undefined {
  if (specifier.startsWith('#lib/')) return join(ROOT, 'src/lib', specifier.slice(5));
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
  return undefined;
}

test('the intake core imports no Node built-in, directly or through the modules it uses', () => {
  const seen = new Set<string>();
  const offenders: string[] = [];
  const queue = CORE.map((name) => join(ROOT, 'src/lib/intake', `${name}.ts`));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (specifier!.startsWith('node:') || ['fs', 'path', 'os', 'child_process'].includes(specifier!))
        offenders.push(`${file.slice(ROOT.length + 1)} imports ${specifier}`);
      const next = fileOf(specifier!, file);
      // Type-only imports are followed too: stricter than needed, and simple.
      if (next && next !== ADAPTER) queue.push(next);
    }
  }
  expect(seen.size).toBeGreaterThan(CORE.length);
  expect(offenders).toEqual([]);
});
