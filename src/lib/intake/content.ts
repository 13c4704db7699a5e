/**
 * The one place the intake tools read the content folder: the library and its editorial tables,
 * through today's loaders in #lib/content/load.ts. When those move (src/lib/build/), only these
 * imports change.
 */
import {
  CONTENT_DIR,
  loadAgencies,
  loadContent,
  loadLibrary,
  loadNameTable,
  loadStrengthScale,
  loadTargets,
  loadTopics,
} from '#lib/content/load.ts';
import type { Library } from '#lib/plan/library.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import type { AgencyRegistry } from '#lib/agencies/agencies.ts';
import type { TargetTable } from '#lib/targets/targets.ts';
import type { NameTable } from '#lib/compare/names.ts';
import type { StrengthScale } from '#lib/compare/strength.ts';

export { CONTENT_DIR, loadContent, loadLibrary, loadNameTable };

/** Everything the importer and compare-text need from content/, read once. */
export interface IntakeContext {
  contentDir: string;
  library: Library;
  topics: TopicIndex;
  agencies: AgencyRegistry;
  targets: TargetTable;
  names: NameTable;
  scale: StrengthScale;
}

export function loadIntakeContext(contentDir: string = CONTENT_DIR): IntakeContext {
  const library = loadLibrary(contentDir);
  const agencies = loadAgencies(library, contentDir);
  return {
    contentDir,
    library,
    topics: loadTopics(library, contentDir),
    agencies,
    targets: loadTargets(library, contentDir),
    names: loadNameTable(library, agencies, contentDir),
    scale: loadStrengthScale(contentDir),
  };
}
