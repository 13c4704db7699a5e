/**
 * Writes dist/_headers when the build is done: the policies of src/lib/site/security.ts for the
 * root pages and every top-level folder with pages in the output folder Astro hands over, so a new
 * route is covered without editing a list.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { headersFile, WEBASSEMBLY_PAGES } from '../lib/site/security.ts';

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
        const folders: string[] = [];
        const rootPages: string[] = [];
        const indexes: string[] = [];
        const list = (at: string) => {
          for (const e of readdirSync(join(out, at), { withFileTypes: true })) {
            const path = at === '' ? e.name : `${at}/${e.name}`;
            if (e.isFile() && e.name.endsWith('.html')) rootPages.push(path);
            // Only folders that serve pages: a policy on a script, stylesheet or data file does nothing.
            if (!e.isDirectory() || !servesPages(join(out, path))) continue;
            // A folder with a WebAssembly page below it (/en/ holds /en/search/) is listed entry by
            // entry, so that every path still gets exactly one policy.
            if (WEBASSEMBLY_PAGES.some((page) => page.startsWith(`/${path}/`) && page !== `/${path}/`)) {
              indexes.push(path);
              list(path);
            } else folders.push(path);
          }
        };
        list('');
        writeFileSync(join(out, '_headers'), headersFile({ folders, rootPages, indexes }));
        logger.info(`_headers: security headers and a Content-Security-Policy for ${folders.length} folders`);
      },
    },
  };
}
