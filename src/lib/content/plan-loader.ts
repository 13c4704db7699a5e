/**
 * The Astro content-layer loader of the plans collection. It builds the library with the project's
 * own parser (loadLibrary: every check, every file), so each plan is parsed exactly once per build,
 * and stores each built plan as one entry: the frontmatter (checked again by the collection schema)
 * with the measure model our parse made from the text.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { CONTENT_DIR, loadLibrary } from './load.ts';

export function planLoader(contentDir: string = CONTENT_DIR): Loader {
  const plansDir = join(contentDir, 'plans');
  return {
    name: 'plan-loader',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const library = loadLibrary(contentDir);
        store.clear();
        for (const plan of library.plans) {
          const data = await parseData({ id: plan.slug, data: { ...plan }, filePath: plan.file });
          store.set({ id: plan.slug, data, filePath: plan.file, digest: generateDigest(JSON.stringify(plan.blocks)) });
        }
      };
      await sync();
      // In `astro dev`, rebuild the collection when a plan file changes.
      watcher?.add(plansDir);
      watcher?.on('change', (path) => {
        if (!path.startsWith(plansDir) || !path.endsWith('.mdx')) return;
        sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
