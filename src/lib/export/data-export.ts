/** The downloadable data: /data/plans.json, /data/measures.json and /data/measures.csv. */
import type { Library } from '#lib/plan/library.ts';
import { measureInPlanPath, measurePath, planPath, absoluteUrl } from '#lib/site/paths.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import type { Alignment } from '#lib/alignment/alignment.ts';
import type { AgencyRegistry } from '#lib/agencies/agencies.ts';
import type { TargetTable } from '#lib/targets/targets.ts';

export interface MeasureRecord {
  id: string;
  plan: string;
  number: string;
  /** Outline place as Chinese documents cite it, e.g. 二（一）1. */
  place: string;
  title: string;
  text: string;
  /** Headings above the measure, outermost first. */
  section: string[];
  lead: string[];
  responsible: string[];
  url: string;
  /** The id of the measure on its plan page: url of the plan + '#' + anchor opens it. */
  anchor: string;
  truncated: boolean;
}

/** What each field of a download means, shown on /data/. A test checks every exported field is described here. */
export const MEASURE_FIELDS: Readonly<Record<keyof MeasureRecord, string>> = {
  id: '举措编号：方案代码/条号，如 tongnan/9、panzhihua/3.1.2，长期不变。',
  plan: '方案代码：chongqing、tongnan、shapingba、rongchang、panzhihua。',
  number: '方案自身的编号。潼南、沙坪坝、荣昌按条顺序编号；攀枝花、重庆总体方案按层级编号（3.1.2 即三（一）2）。',
  place: '在方案结构中的位置，按公文引用习惯书写，如 二（四）9。',
  title: '举措标题：原文首句（不含句号）。',
  text: '举措全文，按原文，不含开头的序号；含括注的牵头/责任单位。多段之间以换行分隔。',
  section: '举措所在的各级标题，由外到内。',
  lead: '牵头单位（或牵头部门），按原文书写与顺序。',
  responsible: '责任单位（或责任部门、协同单位），按原文书写与顺序。',
  url: '本条举措的固定页面地址。',
  anchor: '本条在方案全文页面中的锚点：方案页面地址加 #锚点 即定位到本条。',
  truncated: '来源文本在本条中途中断时为 true（仅重庆总体方案二（五））。',
};

export function measureRecords(library: Library, site: URL | string): MeasureRecord[] {
  return library.measures.map((m) => ({
    id: m.id,
    plan: m.plan,
    number: m.number,
    place: m.place,
    title: m.title,
    text: m.text,
    section: m.sections.map((s) => s.text),
    lead: m.units?.lead ?? [],
    responsible: m.units?.responsible ?? [],
    url: absoluteUrl(measurePath(m), site),
    anchor: measureInPlanPath(m).split('#')[1]!,
    truncated: m.truncated,
  }));
}

export type PlanRecord = ReturnType<typeof planRecords>[number];

export const PLAN_FIELDS: Readonly<Record<keyof PlanRecord, string>> = {
  slug: '方案代码，用于地址与其他数据文件。',
  title: '方案标题，按原文。',
  shortName: '简称（编者所加），用于表格与图表。',
  issuers: '发文机关，按原文落款。',
  documentNumber: '文号；原文未载且无可靠来源时为 null。',
  documentNumberInSource: '来源文本是否印有该文号（重庆总体方案的文号来自区县方案的引用）。',
  dateIssued: '成文日期（YYYY-MM-DD）。',
  datePrinted: '印发日期，原文版记载明时给出，否则为 null。',
  region: '所属地区：province（省级）、city（地级市）、district（区县）。',
  level: '层级：municipal-master-plan 直辖市总体方案；district-plan 区县方案；prefecture-city-plan 地级市方案。',
  publication: '原文的公开属性标注：此件公开发布、此件不公开发布，或 none（未标注）。',
  basis: '方案所依据的文件：cited 为原文书名号内的标题，documentNumber 为所注文号，plan 为本站收录时的方案代码。',
  completeness: '来源文本是否完整：status 为 complete 或 excerpt（节选），stopsAt 为中断处，note 为编者说明。',
  measureCount: '举措条数。',
  url: '方案全文页面地址。',
};

export function planRecords(library: Library, site: URL | string) {
  return library.plans.map(({ slug, meta, measures }) => ({
    slug,
    title: meta.title,
    shortName: meta.shortName,
    issuers: meta.issuers,
    documentNumber: meta.documentNumber?.value ?? null,
    documentNumberInSource: meta.documentNumber?.inSource ?? false,
    dateIssued: meta.dateIssued,
    datePrinted: meta.datePrinted ?? null,
    region: meta.region,
    level: meta.level,
    publication: meta.publication,
    basis: meta.basis,
    completeness: meta.completeness,
    measureCount: measures.length,
    url: absoluteUrl(planPath(slug), site),
  }));
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order mark, CRLF line ends.
 * Lists are joined with 、 as the plans print them.
 */
export function measuresCsv(records: readonly MeasureRecord[]): string {
  const header = [
    'id',
    'plan',
    'number',
    'place',
    'title',
    'text',
    'section',
    'lead',
    'responsible',
    'url',
    'anchor',
    'truncated',
  ];
  const rows = records.map((r) =>
    [
      r.id,
      r.plan,
      r.number,
      r.place,
      r.title,
      r.text,
      r.section.join(' › '),
      r.lead.join('、'),
      r.responsible.join('、'),
      r.url,
      r.anchor,
      String(r.truncated),
    ]
      .map(csvField)
      .join(','),
  );
  return '\uFEFF' + [header.join(','), ...rows].join('\r\n') + '\r\n';
}

export const TOPIC_FIELDS: Readonly<Record<string, string>> = {
  'categories[]': '主题类别（编者所加）：id、name（中文名）、nameEn（英文名）、description（说明）。',
  'topics[].id': '主题代码，也是主题页面地址 /topics/<id>/ 的一部分。',
  'topics[].name / nameEn': '主题的中文名和英文名（编者所加）。',
  'topics[].category': '所属类别的 id。',
  'topics[].description': '主题包括什么、不包括什么（编者所加）。',
  'topics[].measures': '标注了该主题的举措 id，按方案和条号排列。',
};

export const ALIGNMENT_FIELDS: Readonly<Record<string, string>> = {
  method: '两种计算方法的一句话说明。',
  'pairs[]':
    '来自不同方案、相似度不低于下限的举措对，每条举措至多保留与它最相似的 k 条（k 见 method）：a、b 为举措 id，score 为 TF-IDF 余弦相似度（0–1）。',
  'reuse[]':
    '有共同文字的有序方案对（未列出的方案对没有共同文字）：from 方案的举措文字中，与 to 方案逐字相同（连续 12 字以上）的字数 shared 和比例 share；generic、genericShare 为另计的通用文字（单位名单、套话）；characters 为 from 方案举措总字数。',
  'reuseAnyOther[]': '每个方案的举措文字中，能在任一其他方案中找到的字数与比例。',
};

/** /data/topics.json: {categories, topics: [{id, name, nameEn, category, description, measures}]}. */
export function topicsExport(topics: TopicIndex) {
  return {
    categories: topics.categories,
    topics: topics.topics.map(({ id, name, nameEn, category, description, measures }) => ({
      id,
      name,
      nameEn,
      category,
      description,
      measures,
    })),
  };
}

/** /data/alignment.json: similarity pairs above the floor, and the reuse matrix. */
export function alignmentExport(alignment: Alignment) {
  return {
    method: {
      similarity: `TF-IDF over character ${alignment.parameters.ngramSizes.join(' and ')}-grams of each measure's text without its units parenthetical; cosine; for each measure its ${alignment.parameters.neighbours} most similar measures in other plans with score >= ${alignment.parameters.pairFloor}`,
      reuse: `share of the first plan's measure characters in exact runs of >= ${alignment.parameters.minRun} characters that also occur in the second plan; unit lists and phrases found in three quarters of the plans (at most ${alignment.parameters.genericGroupsCap}) counted apart as generic; plan pairs that share nothing are not listed`,
    },
    pairs: alignment.pairs,
    reuse: alignment.reuse.map(({ from, to, characters, shared, generic, share, genericShare }) => ({
      from,
      to,
      characters,
      shared,
      generic,
      share,
      genericShare,
    })),
    reuseAnyOther: alignment.reuseAnyOther,
  };
}

/** /data/agencies.json: {types, agencies: [{id, name, aliases, type, jurisdiction, plans}]}. */
export function agenciesExport(registry: AgencyRegistry) {
  return {
    types: registry.types,
    agencies: registry.agencies.map(({ id, name, aliases, type, jurisdiction, plans, note }) => ({
      id,
      name,
      aliases,
      type,
      jurisdiction,
      plans,
      note: note ?? null,
    })),
  };
}

/** /data/targets.json: {metrics, targets: [{plan, metric, value, unit, comparator, baseline, deadline, quote, location, …}]}. */
export function targetsExport(table: TargetTable, site: URL | string) {
  return {
    metrics: table.metrics,
    targets: table.targets.map(
      ({ plan, metric, value, valueText, unit, comparator, baseline, deadline, quote, location, note, url }) => ({
        plan,
        metric,
        value,
        valueText,
        unit,
        comparator,
        baseline,
        deadline,
        quote,
        location,
        note,
        url: absoluteUrl(url, site),
      }),
    ),
  };
}

export const AGENCY_FIELDS: Readonly<Record<string, string>> = {
  'types[]': '单位类型（编者所加）：id、name（中文名）、nameEn（英文名）。',
  'agencies[].id': '单位代码，也是单位页面地址 /agencies/<id>/ 的一部分。',
  'agencies[].name': '单位全称（编者整理，以方案印发时的名称为准；未能核实处见 note）。',
  'agencies[].aliases':
    '方案中出现的全部写法。measures.json 中 lead、responsible 的每个名称都在某个单位的 aliases 中。',
  'agencies[].type': '单位类型代码，用于跨方案比较。',
  'agencies[].jurisdiction': '所在地与辖区。',
  'agencies[].plans': '这些写法在哪些方案中指这个单位：同一写法（如“区财政局”）在不同方案中指不同单位。',
  'agencies[].note': '编者说明，没有时为 null。',
};

export const TARGET_FIELDS: Readonly<Record<string, string>> = {
  'metrics[]': '指标（编者所加）：id、name、nameEn、description。',
  'targets[].plan / metric': '方案代码与指标代码。',
  'targets[].value / unit': '数值与单位（编者据原文换算）；非数值目标为 null。',
  'targets[].valueText': '原文中的数值写法。',
  'targets[].comparator': '比较关系：≥、>、=、≤、<。',
  'targets[].baseline': '基准：{year} 为基年，{text} 为其他基准，null 为无。',
  'targets[].deadline': '期限年份；原文未写明时为 null。',
  'targets[].quote': '目标所在的原文，逐字照录。',
  'targets[].location': '原文位置，按公文引用习惯书写，如 一（二）。',
  'targets[].note': '编者注，没有时为 null。',
  'targets[].url': '原文位置的页面地址。',
};
