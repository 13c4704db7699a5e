/**
 * One JSON document per plan (/data/plans/<slug>.json) and per measure
 * (/data/measures/<slug>/<number>.json): everything the site knows about it, with its citation.
 * Each document is built by one function from an ExportContext computed once per build, so a new
 * part (e.g. counterparts) is one more index in the context and one more field here.
 */
import type { Measure, Plan } from '#lib/plan/model.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import type { TargetTable } from '#lib/targets/targets.ts';
import { periodStatus, type PeriodTable } from '#lib/plan/periods.ts';
import { cslItem, publicUrl } from '#lib/site/citation.ts';
import { measureDesignation } from '#lib/plan/labels.ts';
import { compareMeasurePath, measureDataPath, measurePath, planDataPath, planPath } from '#lib/site/paths.ts';
import type { CounterpartLink } from '#lib/compare/types.ts';
import { measureEnglish, planEnglish, type TranslationTable } from '#lib/translation/translation.ts';
import { measureRecord } from './measures.ts';
import { planRecord } from './plans.ts';
import { targetsExport, type TargetRecord } from './targets.ts';
import type { Bilingual } from './table-schema.ts';

export interface ExportContext {
  topics: TopicIndex;
  periods: PeriodTable;
  /** The English of every plan (editorial): the records' titleEn, textEn and the citations' English titles. */
  translations: TranslationTable;
  /** The configured public address; undefined gives site-relative URLs. */
  site: URL | string | undefined;
  targetsByPlan: Map<string, TargetRecord[]>;
  targetsByMeasure: Map<string, TargetRecord[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** The indexes the documents need, computed once per build. */
export function exportContext(
  topics: TopicIndex,
  targets: TargetTable,
  periods: PeriodTable,
  translations: TranslationTable,
  site: URL | string | undefined,
): ExportContext {
  const targetRows = targetsExport(targets, site).targets;
  return {
    topics,
    periods,
    translations,
    site,
    targetsByPlan: groupBy(targetRows, (t) => t.plan),
    targetsByMeasure: groupBy(targetRows, (t) => t.measure),
  };
}

function citationLinks(site: ExportContext['site'], path: (ext: 'ris' | 'bib' | 'csl.json') => string) {
  return {
    ris: publicUrl(path('ris'), site),
    bibtex: publicUrl(path('bib'), site),
    cslJson: publicUrl(path('csl.json'), site),
  };
}

/** What a measure's JSON needs of the counterpart index. */
export interface MeasureCounterparts {
  /** The measure's links, on either side. */
  links: readonly CounterpartLink[];
  /** The plans in chronological order (for the compare URL). */
  chronological: readonly string[];
  /** Whether the measure's plan and this one have a compare page. */
  hasComparePage: (otherPlan: string) => boolean;
}

/**
 * A measure's counterparts as its JSON lists them: the other measure, whether it is the earlier or
 * the later side, the link's kind, shares and strength changes, and its row on the compare page.
 * Name substitutions, unit-list changes and the redline are in /data/counterparts.json (key: from,
 * to), so that each link's detail is published once.
 */
function counterpartEntries(ctx: ExportContext, measure: Measure, counterparts: MeasureCounterparts) {
  const { links, chronological, hasComparePage } = counterparts;
  return links.map((link) => {
    const earlier = link.from === measure.id;
    const other = earlier ? link.to : link.from;
    const otherPlan = other.slice(0, other.indexOf('/'));
    return {
      measure: other,
      side: earlier ? ('later' as const) : ('earlier' as const),
      kind: link.kind,
      fromShare: link.fromShare,
      toShare: link.toShare,
      strength: link.strength,
      compare: hasComparePage(otherPlan)
        ? publicUrl(compareMeasurePath(measure, otherPlan, chronological), ctx.site)
        : null,
    };
  });
}

export function measureDocument(
  ctx: ExportContext,
  plan: Plan,
  measure: Measure,
  counterparts: MeasureCounterparts = { links: [], chronological: [], hasComparePage: () => false },
) {
  const planTitleEn = planEnglish(ctx.translations, plan.slug).title;
  return {
    ...measureRecord(measure, ctx.translations, ctx.site),
    designation: measureDesignation(plan, measure),
    planTitle: plan.meta.title,
    planTitleEn,
    topics: ctx.topics
      .topicsOfMeasure(measure.id)
      .map(({ id, name, nameEn, category }) => ({ id, name, nameEn, category })),
    targets: ctx.targetsByMeasure.get(measure.id) ?? [],
    counterparts: counterpartEntries(ctx, measure, counterparts),
    citation: cslItem(plan, publicUrl(measurePath(measure), ctx.site), measure, {
      plan: planTitleEn,
      measure: measureEnglish(ctx.translations, measure).title,
    }),
    citationFiles: citationLinks(ctx.site, (ext) => measureDataPath(measure, ext)),
    json: publicUrl(measureDataPath(measure), ctx.site),
  };
}

export function planDocument(ctx: ExportContext, plan: Plan) {
  const period = ctx.periods.bySlug.get(plan.slug);
  const record = planRecord(plan, ctx.translations, ctx.site);
  return {
    ...record,
    period: {
      statements: period?.statements ?? [],
      note: period?.note ?? null,
      noteEn: period?.noteEn ?? null,
      asOf: ctx.periods.asOf,
      status: periodStatus(period, ctx.periods.asOf).kind,
    },
    measures: plan.measures.map((m) => ({
      id: m.id,
      number: m.number,
      place: m.place,
      title: m.title,
      url: publicUrl(measurePath(m), ctx.site),
      json: publicUrl(measureDataPath(m), ctx.site),
      titleEn: measureEnglish(ctx.translations, m).title,
    })),
    targets: ctx.targetsByPlan.get(plan.slug) ?? [],
    citation: cslItem(plan, publicUrl(planPath(plan.slug), ctx.site), undefined, { plan: record.titleEn }),
    citationFiles: citationLinks(ctx.site, (ext) => planDataPath(plan.slug, ext)),
    json: publicUrl(planDataPath(plan.slug), ctx.site),
  };
}

/** A field the plan or measure documents add to the record fields: `in` names the one document that has it. */
export interface DocumentField extends Bilingual {
  name: string;
  in?: 'plan' | 'measure';
}

/** What each field of a plan or measure document adds to the record fields, shown on /data/. */
export const DOCUMENT_FIELDS: readonly DocumentField[] = [
  {
    name: 'designation',
    in: 'measure',
    zh: '本条在方案中的称呼：第9条，或按层级的位置 三（一）2。',
    en: 'How the plan refers to the measure: “第9条” (measure 9), or its position in the outline, such as “三（一）2”.',
  },
  { name: 'planTitle', in: 'measure', zh: '所属方案标题。', en: 'Title of the plan the measure belongs to.' },
  {
    name: 'planTitleEn',
    in: 'measure',
    zh: '所属方案标题的英文（非官方译文，以中文为准）。',
    en: 'Title of the plan in English (not an official translation; the Chinese is authoritative).',
  },
  {
    name: 'topics',
    in: 'measure',
    zh: '本条的主题（编者所加）：id、name、nameEn、category。',
    en: 'The measure’s topics (editorial): id, name, nameEn, category.',
  },
  {
    name: 'period',
    in: 'plan',
    zh: '方案自定的期限（编者整理，引文为原文）：statements 为原文表述（printed、year、quote、location），asOf 为核对日期，status 为 passed（目标年份已过）、running 或 no-year（未写明年份）；noteEn 为 note 的英文（编者所译）。',
    en: 'The period the plan sets itself (compiled by the editors; the quotes are the original text): statements holds what the original says (printed, year, quote, location), asOf is the date of the check, status is passed (the target year is past), running or no-year (no year stated); noteEn is note in English (editorial translation).',
  },
  {
    name: 'measures',
    in: 'plan',
    zh: '各条举措：id、number、place、title、url、json，titleEn 为标题的英文（非官方译文）。',
    en: 'The plan’s measures: id, number, place, title, url, json, and titleEn, the title in English (not an official translation).',
  },
  {
    name: 'targets',
    zh: '本条或本方案的量化目标，字段同 targets.json。',
    en: 'Quantified targets of the measure or the plan, with the fields of targets.json.',
  },
  {
    name: 'counterparts',
    in: 'measure',
    zh: '本条在其他方案中的对应举措：measure 为对方举措 id，side 为对方是较早（earlier）还是较晚（later）方案，kind、fromShare、toShare、strength 同 counterparts.json，compare 为对照页上的该行地址（两份方案没有对照页时为 null）；名称替换、单位名单的变化和修订记录见 counterparts.json（按 from、to 查找）。',
    en: 'The measure’s counterparts in other plans: measure is the ID of the other measure, side is earlier or later as the other plan is the earlier or the later one, kind, fromShare, toShare and strength are as in counterparts.json, compare is the address of the row on the comparison page (null when the two plans have no comparison page); name substitutions, changes in the unit lists and the redline are in counterparts.json (look them up by from and to).',
  },
  {
    name: 'citation',
    zh: '引文数据（CSL-JSON，类型 report）：题名、发文机关（机构作者）、成文日期、文号、地址；custom 中为题名的英文（translated-title，举措另有所属方案题名的英文 translated-collection-title），为本站非官方译文，以中文题名为准。',
    en: 'Citation data (CSL-JSON, type report): title, issuing body (as institutional author), date of the document, document number, address; custom holds the title in English (translated-title; for a measure also the title of its plan in English, translated-collection-title), this site’s unofficial translation, the Chinese title being authoritative.',
  },
  {
    name: 'citationFiles',
    zh: '同一引文的 RIS、BibTeX、CSL-JSON 文件地址。',
    en: 'Addresses of the same citation as RIS, BibTeX and CSL-JSON files.',
  },
  { name: 'json', zh: '本文件的地址。', en: 'Address of this file.' },
];

let memo: { key: unknown[]; context: ExportContext } | undefined;

/** exportContext, computed again only when one of its inputs is a new object (dev server edits). */
export function sharedExportContext(
  topics: TopicIndex,
  targets: TargetTable,
  periods: PeriodTable,
  translations: TranslationTable,
  site: URL | string | undefined,
): ExportContext {
  const key = [topics, targets, periods, translations, String(site)];
  if (!memo || memo.key.some((k, i) => k !== key[i]))
    memo = { key, context: exportContext(topics, targets, periods, translations, site) };
  return memo.context;
}
