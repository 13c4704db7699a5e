import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { loadLibrary } from './load.ts';
import { planLoader } from './plan-loader.ts';

describe('the plans collection loader', () => {
  it('stores every plan of the library once, by slug, as our parse built it', async () => {
    const stored = new Map<string, { data: Record<string, unknown>; filePath?: string }>();
    const context = {
      store: {
        clear: () => stored.clear(),
        set: (entry: { id: string; data: Record<string, unknown> }) => stored.set(entry.id, entry),
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (text: string) => String(text.length),
    } as unknown as LoaderContext;
    await planLoader().load(context);
    const library = loadLibrary();
    expect([...stored.keys()].sort()).toEqual(library.plans.map((p) => p.slug).sort());
    for (const plan of library.plans) {
      const entry = stored.get(plan.slug)!;
      expect(entry.filePath).toBe(plan.file);
      expect(entry.data).toEqual({ ...plan });
    }
  });
});
