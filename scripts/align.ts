/**
 * Aligns measures across plans before Astro builds the site (npm run build runs it first):
 * writes src/generated/alignment.json, prints the consistency report and writes it to
 * src/generated/consistency-report.txt. Fails, naming file and line, on an untagged measure or an
 * unknown topic.
 *
 *   npm run align                      align, report, write
 *   npm run align -- --suggest <slug>  for each measure of a plan, the closest measures elsewhere and their topics
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  loadLibrary,
  loadTopics,
  loadAgencies,
  loadNameTable,
  loadStrengthScale,
  loadTargets,
  GENERATED_DIR,
  ALIGNMENT_FILE,
  COUNTERPARTS_FILE,
} from '#lib/content/load.ts';
import { computeCounterparts } from '#lib/compare/counterparts.ts';
import { alignMeasures, suggestTopics } from '#lib/alignment/alignment.ts';
import { formatReport, formatSuggestions } from '#lib/alignment/report.ts';
import { ContentErrors } from '#lib/content/errors.ts';
import { stableJson } from '#lib/content/stable-json.ts';

function main(args: string[]): number {
  const library = loadLibrary();
  const topics = loadTopics(library);
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
  const alignment = alignMeasures(library, topics);
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeFileSync(ALIGNMENT_FILE, stableJson(alignment));
  const started = performance.now();
  const agencies = loadAgencies(library);
  const { counterparts, compared } = computeCounterparts(library, {
    agencies,
    names: loadNameTable(library, agencies),
    scale: loadStrengthScale(),
    targets: loadTargets(library),
  });
  writeFileSync(COUNTERPARTS_FILE, stableJson(counterparts));
  const counterpartMs = Math.round(performance.now() - started);
  const report = formatReport(alignment, library, topics);
  const reportFile = join(GENERATED_DIR, 'consistency-report.txt');
  writeFileSync(reportFile, report);
  process.stderr.write(report);
  process.stderr.write(
    `\nalign: ${library.measures.length} measures, ${alignment.pairs.length} pairs ≥ ${alignment.parameters.pairFloor}; wrote ${relative(process.cwd(), ALIGNMENT_FILE)} and ${relative(process.cwd(), reportFile)}\n`,
  );
  process.stderr.write(
    `align: ${counterparts.links.length} counterpart links from ${compared} candidate pairs in ${counterpartMs} ms; wrote ${relative(process.cwd(), COUNTERPARTS_FILE)}\n`,
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
