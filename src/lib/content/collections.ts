// The pages not yet rewritten import their data from here; they move to getBuildContext() (src/lib/build/context.ts), and then this file goes.
export * from '#lib/build/collections.ts';
