/**
 * Checks all of content/ without building the site (`astro build` runs the same checks first,
 * through the build context): the plans against their sources, the topics, the unit registry,
 * the targets, the periods and the comparison's editorial tables. Prints every problem of every
 * file, each with file, line, field, what was found and what was expected, and exits 1 if there
 * is any. Never a stack trace for a content problem.
 */
import { loadContent } from '#lib/build/load.ts';
import { ContentErrors } from '#lib/content/errors.ts';

try {
  const { library } = loadContent();
  console.error(
    `check-content: ${library.plans.length} plans, ${library.measures.length} measures, topics, units, targets and periods are consistent`,
  );
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
