/**
 * Checks all of content/ before anything is built (npm run build runs it first): the plans, the
 * topics, the unit registry and the targets. Prints every problem, each with file, line or field
 * and what was expected, and exits 1 if there is any.
 */
import { loadAgencies, loadLibrary, loadPeriods, loadTargets, loadTopics } from '#lib/content/load.ts';
import { ContentError, ContentErrors } from '#lib/content/errors.ts';

function problemsOf(check: () => unknown): ContentError[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors;
    if (error instanceof ContentError) return [error];
    throw error;
  }
}

let library;
const problems: ContentError[] = problemsOf(() => (library = loadLibrary()));
if (library) {
  const built = library;
  problems.push(
    ...problemsOf(() => loadTopics(built)),
    ...problemsOf(() => loadAgencies(built)),
    ...problemsOf(() => loadTargets(built)),
    ...problemsOf(() => loadPeriods(built)),
  );
}
if (problems.length > 0) {
  console.error(new ContentErrors(problems).message);
  process.exitCode = 1;
} else {
  console.error(
    `check-content: ${library!.plans.length} plans, ${library!.measures.length} measures, topics, units, targets and periods are consistent`,
  );
}
