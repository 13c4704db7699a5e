/**
 * The alignment of measures across plans, for a curator (the build computes it itself, in the
 * build context): prints the consistency report. Fails, naming file and line, on any content
 * problem, such as an untagged measure or an unknown topic.
 *
 *   npm run align                      the consistency report
 *   npm run align -- --suggest <slug>  for each measure of a plan, the closest measures elsewhere and their topics
 */
import { loadContent } from '#lib/build/load.ts';
import { contextOf } from '#lib/build/context.ts';
import { suggestTopics } from '#lib/alignment/alignment.ts';
import { formatReport, formatSuggestions } from '#lib/alignment/report.ts';
import { ContentErrors } from '#lib/content/errors.ts';

function main(args: string[]): number {
  const tables = loadContent();
  const { library, topics } = tables;
  const suggestAt = args.indexOf('--suggest');
  if (suggestAt >= 0) {
    const slug = args[suggestAt + 1];
    if (!slug || !library.plans.some((p) => p.slug === slug)) {
      console.error(
        `usage: npm run align -- --suggest <slug>, where slug is one of ${library.plans.map((p) => p.slug).join(', ')}`,
      );
      return 2;
    }
    process.stdout.write(formatSuggestions(suggestTopics(library, topics, slug), topics));
    return 0;
  }
  const { alignment, counterparts, counterpartMs } = contextOf(tables);
  process.stdout.write(formatReport(alignment, library, topics));
  process.stderr.write(
    `\nalign: ${library.measures.length} measures, ${alignment.pairs.length} pairs ≥ ${alignment.parameters.pairFloor}; ` +
      `${counterparts.links.length} counterpart links in ${counterpartMs} ms\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ContentErrors) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}
