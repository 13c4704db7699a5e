/**
 * The build context: everything the site is built from, assembled once from one read of content/
 * and shared by every page of a build. Pages call getBuildContext() and hand it to their route's
 * view function; nothing below src/pages reads content another way.
 *
 * One context per process: the integration (src/integration/) builds it before Astro renders a
 * page, and the page bundles, which run in the same process, find it in a globalThis slot (a
 * module-level variable would not do: Astro bundles the pages apart from the integration, so
 * each bundle would hold its own copy). In `astro dev` the integration drops it when content/
 * changes, and the next page load builds it again.
 */
import type { Library } from '#lib/plan/library.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import type { AgencyRegistry } from '#lib/agencies/agencies.ts';
import type { TargetTable } from '#lib/targets/targets.ts';
import type { PeriodTable } from '#lib/plan/periods.ts';
import type { NameTable } from '#lib/compare/names.ts';
import type { StrengthScale } from '#lib/compare/strength.ts';
import type { Glossary } from '#lib/translation/glossary.ts';
import type { TranslationTable } from '#lib/translation/translation.ts';
import type { SummaryTable } from '#lib/plan/summaries.ts';
import { alignMeasures, type Alignment } from '#lib/alignment/alignment.ts';
import { computeCounterparts } from '#lib/compare/counterparts.ts';
import type { Counterparts } from '#lib/compare/types.ts';
import { basisInLibrary, indexCounterparts, type CounterpartIndex } from '#lib/compare/views.ts';
import { sharedPassageIndex, type SharedPassage } from '#lib/compare/passages.ts';
import { searchRecords, type PlanTextRecord } from '#lib/search/records.ts';
import { coverageIndex, type CoverageIndex } from '#lib/topics/gaps.ts';
import { ContentProblems } from '#lib/content/errors.ts';
import { withSortedKeys } from '#lib/content/stable-json.ts';
import { ApaCitations } from '#lib/site/apa-citations.ts';
import { buildTables, CONTENT_DIR, readContent, type ContentTables } from './load.ts';

export interface BuildContext {
  library: Library;
  topics: TopicIndex;
  agencies: AgencyRegistry;
  targets: TargetTable;
  periods: PeriodTable;
  alignment: Alignment;
  counterparts: Counterparts;
  /** The counterpart links indexed by measure and by plan pair, with the pairs that get a page. */
  counterpartIndex: CounterpartIndex;
  /** Every measure's shared passages with the measures they also stand in. */
  sharedPassages: Map<string, SharedPassage[]>;
  /** sha-256 of every content file read (name and bytes): the context belongs to this content. */
  digest: string;
  /** The editorial name equivalences and strength scale the counterparts were computed with. */
  names: NameTable;
  scale: StrengthScale;
  /** Each plan's coverage gaps (覆盖缺口): the topics other plans cover and it does not. */
  coverage: CoverageIndex;
  /** Every record of the search index (src/lib/search/records.ts), in index order. */
  searchRecords: PlanTextRecord[];
  /** The English index's records: the same measures and sections in their English, opening the /en/ pages. */
  searchRecordsEn: PlanTextRecord[];
  /** The received texts by file name, served byte for byte as /sources/<file>. */
  sources: Readonly<Record<string, string>>;
  /** The English of recurring terms, and the English translation of every plan (editorial). */
  glossary: Glossary;
  translations: TranslationTable;
  /** The plain-language summary of every plan (editorial). */
  summaries: SummaryTable;
  /** The editorial files "compare your text" reads as text, for the paste page's library file. */
  compareYaml: ContentTables['compareYaml'];
  /** Milliseconds spent on the counterparts (the costliest step; reported by the build). */
  counterpartMs: number;
  /** The pages' APA citations; the build formats them ahead of the pages (src/lib/site/apa-citations.ts). */
  apaCitations: ApaCitations;
}

/** The context of checked tables: the alignment, the counterparts and their indexes. */
export function contextOf(tables: ContentTables): BuildContext {
  const { library, topics, agencies, targets, names, scale } = tables;
  const alignment = alignMeasures(library, topics);
  const started = performance.now();
  // In the key order of the published data: each measure's record (/data/measures/) lists its links as they are.
  const counterparts = withSortedKeys(computeCounterparts(library, { agencies, names, scale, targets }).counterparts);
  const counterpartMs = Math.round(performance.now() - started);
  return {
    ...tables,
    alignment,
    counterparts,
    counterpartIndex: indexCounterparts(counterparts, (slug) => basisInLibrary(library, slug)),
    sharedPassages: sharedPassageIndex(library, alignment.sharedText, alignment.parameters.minRun),
    searchRecords: searchRecords(library, topics),
    searchRecordsEn: searchRecords(library, topics, { translations: tables.translations }),
    coverage: coverageIndex(library, topics),
    counterpartMs,
    apaCitations: new ApaCitations(),
  };
}

interface Slot {
  contentDir: string;
  /** The last context built, or the problems that stopped it, for the content with this digest. */
  current?: { digest: string; context?: BuildContext; error?: unknown };
  /** content/ changed since: read it again before handing out the context. */
  stale: boolean;
}

const SLOT = Symbol.for('green-finance-plans.build-context');

function slot(): Slot {
  const holder = globalThis as { [SLOT]?: Slot };
  return (holder[SLOT] ??= { contentDir: CONTENT_DIR, stale: false });
}

/**
 * Reads content/ and builds the context, unless the content read has the digest of the context
 * already built (then that one is kept: nothing is parsed again). Throws ContentErrors, with
 * every problem of every file, when the content has any.
 */
export function refreshBuildContext(contentDir: string = slot().contentDir): BuildContext {
  const state = slot();
  state.contentDir = contentDir;
  state.stale = false;
  const problems = new ContentProblems();
  const read = readContent(contentDir, problems);
  if (state.current?.digest !== read.digest) {
    try {
      const tables = buildTables(read, problems);
      problems.throwIfAny();
      state.current = { digest: read.digest, context: contextOf(tables) };
    } catch (error) {
      state.current = { digest: read.digest, error };
    }
  }
  if (state.current.error !== undefined) throw state.current.error;
  return state.current.context!;
}

/** Forgets the built context (content/ changed): the next getBuildContext() reads content/ again. */
export function invalidateBuildContext(): void {
  slot().stale = true;
}

/** The context of the current content, now (for the few callers that cannot await). */
export function currentBuildContext(): BuildContext {
  const state = slot();
  if (!state.current || state.stale) return refreshBuildContext(state.contentDir);
  if (state.current.error !== undefined) throw state.current.error;
  return state.current.context!;
}

/** The context of the current content (built once per build; again after content/ changes in dev). */
export async function getBuildContext(): Promise<BuildContext> {
  const context = currentBuildContext();
  // The citations a build formats ahead of the pages (in a worker) are in before a page renders.
  await context.apaCitations.ready;
  return context;
}
