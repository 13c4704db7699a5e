/**
 * The build context: everything the site is built from, assembled once from one read of content/
 * and shared by every page of a build. Pages call getBuildContext() and hand it to their route's
 * view function; nothing below src/pages reads content another way.
 */
import type { Library } from '#lib/plan/library.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import type { AgencyRegistry } from '#lib/agencies/agencies.ts';
import type { TargetTable } from '#lib/targets/targets.ts';
import type { PeriodTable } from '#lib/plan/periods.ts';
import type { Alignment } from '#lib/alignment/alignment.ts';
import type { Counterparts } from '#lib/compare/types.ts';
import type { CounterpartIndex } from '#lib/compare/views.ts';
import type { SharedPassage } from '#lib/compare/passages.ts';
import {
  getAgencies,
  getAlignment,
  getCounterpartIndex,
  getCounterparts,
  getLibrary,
  getPeriods,
  getSharedPassages,
  getTargets,
  getTopics,
} from '#lib/content/collections.ts';

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
}

/** The context of the current content (rebuilt when content/ changes in dev). */
export async function getBuildContext(): Promise<BuildContext> {
  return {
    library: await getLibrary(),
    topics: await getTopics(),
    agencies: await getAgencies(),
    targets: await getTargets(),
    periods: await getPeriods(),
    alignment: getAlignment(),
    counterparts: getCounterparts(),
    counterpartIndex: await getCounterpartIndex(),
    sharedPassages: await getSharedPassages(),
  };
}
