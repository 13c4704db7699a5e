/**
 * The shape of the counterparts data (the build context's counterparts, /data/counterparts.*):
 * which measure of an earlier plan reappears in a later one, how, and what changed. The pages read
 * only these types; src/lib/compare/ computes them.
 */
/**
 * copied (照搬): the same text apart from names and width forms; adapted (改写): most of one side
 * aligned; partial (部分沿用): a sentence or two; common (通用表述): shared wording between plans of
 * different provinces where neither cites the other — stock phrasing both may take from national
 * documents, not text passed from one plan to the other (never counted as flow).
 */
export type LinkKind = 'copied' | 'adapted' | 'partial' | 'common';
export const CHANGE_KINDS = ['verb', 'actor', 'action', 'number', 'deadline', 'target', 'lead'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
/** A place or unit name of the earlier plan replaced by its equivalent in the later one (重庆市 → 潼南区). */
export interface NameSubstitution {
  from: string;
  to: string;
}
/**
 * One change inside a link; editorial. Each kind is counted apart (content/strength-scale.yaml,
 * rules): verb — the wording's strength (the verb moved on the scale); actor — who acts (鼓励 put
 * before a verb); action — another action on the same object (发挥…作用 → 建立…); number and
 * deadline — figures; target — a quantitative target of content/targets.yaml; lead — the lead unit.
 */
export interface StrengthChange {
  kind: ChangeKind;
  /** As printed in the earlier text; null when added. */
  from: string | null;
  /** As printed in the later text; null when dropped. */
  to: string | null;
  direction: 'weaker' | 'stronger' | 'changed' | 'dropped' | 'added';
}
/** The later text against the earlier: applying the ops to the earlier text gives the later one exactly. */
/**
 * equal, insert, delete: text as printed; substitute: a name standing for its equivalent (shown
 * boxed); form: the same word printed in another width or with other white space (shown plain).
 */
export type RedlineOp =
  | { op: 'equal'; text: string }
  | { op: 'insert'; text: string }
  | { op: 'delete'; text: string }
  | { op: 'substitute'; from: string; to: string }
  | { op: 'form'; from: string; to: string };
export interface UnitChanges {
  leadAdded: string[];
  leadRemoved: string[];
  responsibleAdded: string[];
  responsibleRemoved: string[];
}
export interface CounterpartLink {
  /** Measure id in the earlier plan, e.g. tongnan/7. */
  from: string;
  /** Measure id in the later plan. */
  to: string;
  kind: LinkKind;
  /** Share of the earlier measure's characters aligned with the later one, 0–1 (3 decimals). */
  fromShare: number;
  /** Share of the later measure's characters aligned with the earlier one, 0–1. */
  toShare: number;
  substitutions: NameSubstitution[];
  /**
   * The aligned passages of the earlier measure's substance, as [start, end) offsets (UTF-16, as
   * JavaScript counts) into it, in order: what the link shares, including clauses the redline shows
   * as moved (deleted here, inserted there).
   */
  fromPassages: [number, number][];
  /** The aligned passages of the later measure's substance, likewise. */
  toPassages: [number, number][];
  /** Redline of the measure's substance (text without the units parenthetical). */
  redline: RedlineOp[];
  units: UnitChanges;
  strength: StrengthChange[];
}
/** What one earlier plan passed to one later plan, over all their links. */
export interface PlanPairSummary {
  earlier: string;
  later: string;
  copied: number;
  adapted: number;
  partial: number;
  /** Links of common wording (LinkKind): listed, but not counted as text carried over. */
  common: number;
  /** Measures of the earlier plan with at least one link to the later plan. */
  earlierLinked: number;
  /** Measures of the later plan with at least one link from the earlier plan. */
  laterLinked: number;
  /** Share of the earlier plan's measure characters (substance) aligned with the later plan, 0–1. */
  earlierCarried: number;
  /** Share of the later plan's measure characters aligned with the earlier plan, 0–1. */
  laterFromEarlier: number;
  /** The changes of the pair's links, counted by kind (never added up across kinds). */
  changes: Record<ChangeKind, number>;
}
export interface Counterparts {
  /** The plans in chronological order (dateIssued, then slug): earlier plans first. */
  plans: string[];
  links: CounterpartLink[];
  /** One per pair of plans with at least one link, earlier plan first, in the order of `plans`. */
  pairs: PlanPairSummary[];
}
