/**
 * The getters pages used before the build context: each is one field of getBuildContext() now.
 * Kept only until every page calls getBuildContext() and hands it to its view function; then
 * this file goes.
 */
import { currentBuildContext, getBuildContext } from './context.ts';

export const getLibrary = async () => (await getBuildContext()).library;
export const getTopics = async () => (await getBuildContext()).topics;
export const getAgencies = async () => (await getBuildContext()).agencies;
export const getTargets = async () => (await getBuildContext()).targets;
export const getPeriods = async () => (await getBuildContext()).periods;
export const getCounterpartIndex = async () => (await getBuildContext()).counterpartIndex;
export const getSharedPassages = async () => (await getBuildContext()).sharedPassages;
// Synchronous, as pages call them.
export const getAlignment = () => currentBuildContext().alignment;
export const getCounterparts = () => currentBuildContext().counterparts;

/** A received source text (content/sources/<file>), byte for byte, for /sources/<file>. */
export function readSource(file: string): Buffer {
  return Buffer.from(currentBuildContext().sources[file]!, 'utf8');
}
