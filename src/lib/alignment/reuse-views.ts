/** What the /reuse/ page shows: the matrix, and its findings in words with numbers picked from the alignment. */
import type { Alignment, ReuseEntry } from './alignment.ts';
import type { Library } from '#lib/plan/library.ts';
import { heatmapGeometry, type HeatmapGeometry } from '#lib/charts/heatmap.ts';
import { percent } from '#lib/site/format.ts';

const cellIndexes = new WeakMap<
  Alignment,
  { cells: Map<string, ReuseEntry>; anyOther: Map<string, Alignment['reuseAnyOther'][number]> }
>();

/** The alignment's reuse figures by key, built once per alignment (pages look them up by the hundred). */
function indexOf(alignment: Alignment) {
  let index = cellIndexes.get(alignment);
  if (!index) {
    index = {
      cells: new Map(alignment.reuse.map((c) => [`${c.from} ${c.to}`, c])),
      anyOther: new Map(alignment.reuseAnyOther.map((r) => [r.plan, r])),
    };
    cellIndexes.set(alignment, index);
  }
  return index;
}

/**
 * The reuse of `from`'s text in `to`; undefined for a plan with itself. The alignment lists only
 * pairs that share text, so a pair it does not list shares nothing.
 */
export function reuseCell(alignment: Alignment, from: string, to: string): ReuseEntry | undefined {
  if (from === to) return undefined;
  const index = indexOf(alignment);
  const characters = index.anyOther.get(from)?.characters ?? 0;
  return index.cells.get(`${from} ${to}`) ?? { from, to, characters, shared: 0, generic: 0, share: 0, genericShare: 0 };
}

/** The ordered pair with the highest share, and the plan with the lowest share found anywhere else. */
export function reuseHighlights(alignment: Alignment) {
  const highest = [...alignment.reuse].sort((a, b) => b.share - a.share || a.from.localeCompare(b.from))[0]!;
  const leastShared = [...alignment.reuseAnyOther].sort(
    (a, b) => a.share - b.share || a.plan.localeCompare(b.plan),
  )[0]!;
  const mostShared = [...alignment.reuseAnyOther].sort((a, b) => b.share - a.share || a.plan.localeCompare(b.plan))[0]!;
  return { highest, leastShared, mostShared };
}

/** A plan's share of text found in any other plan; throws for a plan the alignment does not cover. */
export function reuseAnyOther(alignment: Alignment, plan: string): Alignment['reuseAnyOther'][number] {
  const entry = indexOf(alignment).anyOther.get(plan);
  if (entry === undefined) throw new Error(`the alignment has no reuse figure for plan "${plan}"`);
  return entry;
}

/** Below this share of text found in a plan, the page says the plans have almost no text in common. */
export const NEARLY_NO_SHARED_TEXT = 0.05;

/**
 * The editorial findings at the top of /reuse/, as sentences. Every number in them is picked from
 * the alignment; the wording is the editors'.
 */
export function reuseFindings(library: Library, alignment: Alignment): string[] {
  const name = (slug: string) => library.plan(slug).meta.shortName;
  const share = (from: string, to: string) => reuseCell(alignment, from, to)?.share ?? 0;
  const { highest, leastShared, mostShared } = reuseHighlights(alignment);
  const master = library.plans.find((p) => p.meta.level === 'municipal-master-plan');
  const peer = library.plans.find((p) => p.meta.region.province !== master?.meta.region.province);
  // The districts that implement the master plan: those of its province.
  const districts = library.plans.filter(
    (p) => p.meta.level === 'district-plan' && (!master || p.meta.region.province === master.meta.region.province),
  );
  const against = (other: string) =>
    districts.map((d) => `${d.meta.shortName} ${percent(share(d.slug, other))}`).join('；');
  const findings = [
    `重合最多的是：${name(highest.from)}方案 ${percent(highest.share)} 的举措文字也出现在${name(highest.to)}方案中。`,
    `${name(mostShared.plan)}方案 ${percent(mostShared.share)} 的举措文字能在其他方案中找到原句；${name(leastShared.plan)}方案只有 ${percent(leastShared.share)}。`,
  ];
  if (master) {
    findings.push(
      `与总体方案（节选，仅二（一）至二（五））相比：${against(master.slug)}。总体方案只存节选，可比的文字有限。`,
    );
  }
  if (peer) {
    const nearlyNone = Math.max(...districts.map((d) => share(d.slug, peer.slug))) < NEARLY_NO_SHARED_TEXT;
    findings.push(
      `与省外的${peer.meta.shortName}方案相比：${against(peer.slug)}${nearlyNone ? '，几乎没有共同文字。' : '。'}`,
    );
  }
  return findings;
}

/** The reuse matrix as a heat map: the row plan's text found in the column plan. */
export function reuseHeatmap(library: Library, alignment: Alignment): HeatmapGeometry {
  return heatmapGeometry({
    rows: library.plans.map((p) => ({ id: p.slug, label: `${p.meta.shortName}的文字` })),
    columns: library.plans.map((p) => ({ id: p.slug, label: `在${p.meta.shortName}中` })),
    value: (from, to) => (from === to ? null : (reuseCell(alignment, from, to)?.share ?? 0)),
    format: (v) => percent(v, 0),
    max: 1,
    rowLabelWidth: 150,
    cellWidth: 96,
    cellHeight: 34,
  });
}

const partnerIndexes = new WeakMap<Alignment, Map<string, ReuseEntry[]>>();

/** The plans `from`'s text is most found in, highest share first (for the reuse page with many plans). */
export function topReusePartners(alignment: Alignment, from: string, limit: number): ReuseEntry[] {
  let index = partnerIndexes.get(alignment);
  if (!index) {
    index = new Map();
    for (const cell of alignment.reuse) {
      const list = index.get(cell.from);
      if (list) list.push(cell);
      else index.set(cell.from, [cell]);
    }
    for (const list of index.values()) list.sort((a, b) => b.share - a.share || a.to.localeCompare(b.to));
    partnerIndexes.set(alignment, index);
  }
  return (index.get(from) ?? []).filter((c) => c.share > 0).slice(0, limit);
}
