/**
 * Writes dist/_headers when the build is done: the policies of src/lib/site/security.ts for the
 * root pages and every top-level folder with pages in the output folder Astro hands over, so a new
 * route is covered without editing a list.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { headersFile } from '../lib/site/security.ts';

function servesPages(folder: string): boolean {
  return readdirSync(folder, { withFileTypes: true, recursive: true }).some(
    (e) => e.isFile() && e.name.endsWith('.html'),
  );
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = readdirSync(out, { withFileTypes: true });
        // Only folders that serve pages: a policy on a script, stylesheet or data file does nothing.
        const folders = entries.filter((e) => e.isDirectory() && servesPages(join(out, e.name))).map((e) => e.name);
        const rootPages = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => e.name);
        writeFileSync(join(out, '_headers'), headersFile({ folders, rootPages }));
        logger.info(`_headers: security headers and a Content-Security-Policy for ${folders.length} folders`);
      },
    },
  };
}
