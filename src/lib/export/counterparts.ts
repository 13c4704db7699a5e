/**
 * /data/counterparts.json and /data/counterparts.csv: one row per counterpart link (see
 * src/lib/compare/). The JSON carries the redline too; the CSV flattens lists into cells.
 */
import type { Counterparts, CounterpartLink, RedlineOp, StrengthChange } from '#lib/compare/types.ts';
import { COUNTERPART_PARAMETERS } from '#lib/compare/counterparts.ts';
import { excelCsv } from './csv.ts';
import { csvSchema, fieldsOf, required, tableSchema, type Bilingual } from './table-schema.ts';

const planOf = (id: string) => id.slice(0, id.indexOf('/'));

/**
 * A redline op as published: an equal stretch gives its length, not its text, which is the earlier
 * measure's own text at that point (in /data/measures.json). Equal text is most of a redline, and
 * where a measure has many near-copies it would fill the file with the same words again and again.
 */
export type PublishedRedlineOp =
  | { op: 'equal'; length: number }
  | { op: 'insert'; text: string }
  | { op: 'delete'; text: string }
  | { op: 'substitute'; from: string; to: string }
  | { op: 'form'; from: string; to: string };

export function publishedRedline(redline: readonly RedlineOp[]): PublishedRedlineOp[] {
  return redline.map((op): PublishedRedlineOp => {
    if (op.op === 'substitute' || op.op === 'form') return op;
    if (op.op === 'equal') return { op: 'equal', length: op.text.length };
    return op;
  });
}

/**
 * Rebuilds the later text from the earlier measure's text and a published redline: the inverse
 * of publishedRedline, as a reader of the data would do it (and the tests do).
 */
export function applyPublishedRedline(earlierText: string, redline: readonly PublishedRedlineOp[]): string {
  let at = 0;
  let later = '';
  for (const op of redline) {
    if (op.op === 'equal') {
      later += earlierText.slice(at, at + op.length);
      at += op.length;
    } else if (op.op === 'substitute' || op.op === 'form') {
      later += op.to;
      at += op.from.length;
    } else if (op.op === 'delete') at += op.text.length;
    else later += op.text;
  }
  return later;
}

/** /data/counterparts.json: the method's parameters, the plans in order, every link. */
export function counterpartsExport(counterparts: Counterparts) {
  return {
    method:
      'Links from a measure of an earlier plan (by date issued) to its counterpart(s) in a later plan: clause pairs sharing an informative character 6-gram are diffed (diff-match-patch) and scored by local alignment, with place and unit names of content/name-equivalents.yaml compared as equal; kind and strength changes are editorial (content/strength-scale.yaml).',
    parameters: COUNTERPART_PARAMETERS,
    plans: counterparts.plans,
    pairs: counterparts.pairs,
    links: counterparts.links.map((link) => ({
      ...link,
      redline: publishedRedline(link.redline),
      fromPlan: planOf(link.from),
      toPlan: planOf(link.to),
    })),
  };
}

export function strengthCell(change: StrengthChange): string {
  return `${change.kind} ${change.from ?? '∅'}→${change.to ?? '∅'} ${change.direction}`;
}

const measureKeys = [
  { fields: 'from', reference: { resource: 'measures', fields: 'id' } },
  { fields: 'to', reference: { resource: 'measures', fields: 'id' } },
  { fields: 'fromPlan', reference: { resource: 'plans', fields: 'slug' } },
  { fields: 'toPlan', reference: { resource: 'plans', fields: 'slug' } },
];

const share = (side: Bilingual) => ({
  type: 'number' as const,
  description: `${side.zh}举措的文字（不含单位括注）中与对方对齐的字数比例，0–1。`,
  descriptionEn: `Share of the characters of the ${side.en} measure’s text (without the units in brackets) that align with the other measure, 0–1.`,
  constraints: required,
});
const units = (what: Bilingual) => ({
  type: 'array' as const,
  description: `${what.zh}（原文写法）。`,
  descriptionEn: `${what.en} (as printed in the original).`,
});
const EARLIER: Bilingual = { zh: '较早', en: 'earlier' };
const LATER: Bilingual = { zh: '较晚', en: 'later' };

/** One row of counterparts.json's `links` (the table part; passages and redline are extra). */
interface LinkRow {
  from: string;
  to: string;
  fromPlan: string;
  toPlan: string;
  kind: string;
  fromShare: number;
  toShare: number;
  substitutions: string[];
  strength: string[];
  leadAdded: string[];
  leadRemoved: string[];
  responsibleAdded: string[];
  responsibleRemoved: string[];
}

/** counterparts.csv: one row per link, lists joined into cells. */
const LINK_ROW_SCHEMA = tableSchema(
  fieldsOf<LinkRow>({
    from: {
      type: 'string',
      description: '较早方案中的举措 id，如 tongnan/7。',
      descriptionEn: 'ID of the measure in the earlier plan, such as tongnan/7.',
      constraints: required,
    },
    to: {
      type: 'string',
      description: '较晚方案中的对应举措 id。',
      descriptionEn: 'ID of the counterpart measure in the later plan.',
      constraints: required,
    },
    fromPlan: {
      type: 'string',
      description: '较早方案的代码。',
      descriptionEn: 'Code of the earlier plan.',
      constraints: required,
    },
    toPlan: {
      type: 'string',
      description: '较晚方案的代码。',
      descriptionEn: 'Code of the later plan.',
      constraints: required,
    },
    kind: {
      type: 'string',
      description:
        '编者判定的对应类型：copied（照搬：除名称替换和全角半角、空格写法外文字相同）、adapted（改写：一方大部分文字与对方对齐）、partial（部分沿用）、common（通用表述：两份方案分属不同省份且互不引用，共有文字视为通用表述，不计为沿用）。',
      descriptionEn:
        'Kind of counterpart, as judged by the editors: copied (the same text except for names put in for one another and full-width/half-width or spacing forms), adapted (most of the text of one side aligns with the other), partial (partly carried over), common (common wording: the two plans belong to different provinces and neither cites the other, so their shared text is taken as common wording and not counted as carried over).',
      constraints: { required: true, enum: ['copied', 'adapted', 'partial', 'common'] },
    },
    fromShare: share(EARLIER),
    toShare: share(LATER),
    substitutions: units({
      zh: '互换的地名、单位名，写作“较早→较晚”',
      en: 'Place and unit names put in for one another, each written “earlier→later”',
    }),
    strength: units({
      zh: '编者判定的变化，每项写作“kind from→to direction”，kind 分列变化类别（verb、actor、action、number、deadline、target、lead），∅ 表示空',
      en: 'Changes judged by the editors, each written “kind from→to direction”, where kind names the class of change (verb, actor, action, number, deadline, target, lead) and ∅ stands for nothing',
    }),
    leadAdded: units({ zh: '新增的牵头单位', en: 'Lead units added' }),
    leadRemoved: units({ zh: '删去的牵头单位', en: 'Lead units removed' }),
    responsibleAdded: units({ zh: '新增的责任单位', en: 'Responsible units added' }),
    responsibleRemoved: units({ zh: '删去的责任单位', en: 'Responsible units removed' }),
  }),
  { primaryKey: ['from', 'to'], foreignKeys: measureKeys },
);

export const COUNTERPART_CSV_SCHEMA = csvSchema(LINK_ROW_SCHEMA, {
  substitutions: '；',
  strength: '；',
  leadAdded: '、',
  leadRemoved: '、',
  responsibleAdded: '、',
  responsibleRemoved: '、',
});

/** One object of counterparts.json's `links`: the link as computed, with the plans of its two measures. */
type JsonLink = Omit<CounterpartLink, 'redline'> & {
  redline: PublishedRedlineOp[];
  fromPlan: string;
  toPlan: string;
};

/** The rows of counterparts.json's `links`. */
export const COUNTERPART_SCHEMA = tableSchema(
  fieldsOf<JsonLink>({
    from: LINK_ROW_SCHEMA.fields[0]!,
    to: LINK_ROW_SCHEMA.fields[1]!,
    fromPlan: LINK_ROW_SCHEMA.fields[2]!,
    toPlan: LINK_ROW_SCHEMA.fields[3]!,
    kind: LINK_ROW_SCHEMA.fields[4]!,
    fromShare: share(EARLIER),
    toShare: share(LATER),
    substitutions: {
      type: 'array',
      description: '互换的地名、单位名：{from, to}，from 为较早方案的写法。',
      descriptionEn: 'Place and unit names put in for one another: {from, to}, where from is the earlier plan’s form.',
    },
    strength: {
      type: 'array',
      description: '编者判定的变化：{kind, from, to, direction}，kind 见 links[].strength[]。',
      descriptionEn: 'Changes judged by the editors: {kind, from, to, direction}; for kind see links[].strength[].',
    },
    units: {
      type: 'object',
      description: '单位括注按名单比较：leadAdded、leadRemoved、responsibleAdded、responsibleRemoved（原文写法）。',
      descriptionEn:
        'The units in brackets compared as lists: leadAdded, leadRemoved, responsibleAdded, responsibleRemoved (as printed in the original).',
    },
    redline: {
      type: 'array',
      description:
        '修订记录：{op: equal, length}、{op: delete 或 insert, text}、{op: substitute, from, to}（名称替换）或 {op: form, from, to}（全角半角、空格写法）；从较早举措文字的开头依次执行即得到较晚文字。',
      descriptionEn:
        'Redline: {op: equal, length}, {op: delete or insert, text}, {op: substitute, from, to} (a name put in for another) or {op: form, from, to} (full-width/half-width or spacing forms); applied in order from the start of the earlier measure’s text, it gives the later text.',
    },
    fromPassages: {
      type: 'array',
      description: '较早举措中对齐的文字段，[起, 止) 字符位置。',
      descriptionEn: 'Aligned passages of the earlier measure, as [start, end) character positions.',
    },
    toPassages: {
      type: 'array',
      description: '较晚举措中对齐的文字段，[起, 止) 字符位置。',
      descriptionEn: 'Aligned passages of the later measure, as [start, end) character positions.',
    },
  }),
  { primaryKey: ['from', 'to'], foreignKeys: measureKeys },
);

function row(link: CounterpartLink): LinkRow {
  return {
    from: link.from,
    to: link.to,
    fromPlan: planOf(link.from),
    toPlan: planOf(link.to),
    kind: link.kind,
    fromShare: link.fromShare,
    toShare: link.toShare,
    substitutions: link.substitutions.map((s) => `${s.from}→${s.to}`),
    strength: link.strength.map(strengthCell),
    leadAdded: link.units.leadAdded,
    leadRemoved: link.units.leadRemoved,
    responsibleAdded: link.units.responsibleAdded,
    responsibleRemoved: link.units.responsibleRemoved,
  };
}

/** The CSV: UTF-8 with a byte-order mark and CRLF, like measures.csv, so Excel opens it correctly. */
export function counterpartsCsv(counterparts: Counterparts): string {
  const joiners: Record<string, string> = { substitutions: '；', strength: '；' };
  return excelCsv(
    COUNTERPART_CSV_SCHEMA,
    counterparts.links.map((link) =>
      Object.entries(row(link)).map(([name, value]) =>
        Array.isArray(value) ? value.join(joiners[name] ?? '、') : value,
      ),
    ),
  );
}

export const COUNTERPART_CSV_COLUMNS = COUNTERPART_CSV_SCHEMA.fields.map((f) => f.name);

/** Parts of counterparts.json beyond the table of links (COUNTERPART_SCHEMA), described on /data/. */
export const COUNTERPART_EXTRA_FIELDS: Readonly<Record<string, Bilingual>> = {
  method: {
    zh: '方法的一句话说明（JSON）；parameters：判定所用的全部阈值（见 README“Comparing two plans”）。',
    en: 'A one-sentence description of the method (JSON); parameters: every threshold the judgements use (see “Comparing two plans” in the README).',
  },
  plans: {
    zh: '方案按印发日期（dateIssued）先后排列的 slug；链接总是从较早方案指向较晚方案。',
    en: 'The plans’ slugs in order of date (dateIssued), earliest first; links always point from the earlier plan to the later one.',
  },
  'pairs[]': {
    zh: '每对有对应关系的方案一条（仅 JSON）：earlier、later 为较早、较晚方案；copied、adapted、partial、common 为各类对应的条数；earlierLinked、laterLinked 为有对应（不含通用表述）的举措条数；earlierCarried 为较早方案举措文字中被较晚方案沿用的比例，laterFromEarlier 为较晚方案举措文字中来自较早方案的比例（每个字只计一次）；changes 为各类变化的条数，按 kind 分列（verb 措辞强弱、actor 行动主体、action 行动改变、number 数字、deadline 期限、target 目标、lead 牵头单位），各类互不相加。',
    en: 'One entry per pair of plans with counterparts (JSON only): earlier and later are the earlier and the later plan; copied, adapted, partial and common are the numbers of links of each kind; earlierLinked and laterLinked are the numbers of measures with counterparts (common wording not included); earlierCarried is the share of the earlier plan’s measure text carried over into the later plan, laterFromEarlier the share of the later plan’s measure text that comes from the earlier plan (each character counted once); changes is the number of changes of each kind, by kind (verb, strength of the wording; actor, the actor; action, a change of action; number, figures; deadline, deadlines; target, targets; lead, lead units), the kinds not added together.',
  },
  'links[].substitutions[]': {
    zh: '对齐文字中互换的地名、单位名（from 为较早方案的写法，to 为较晚方案的写法），依据编辑表 name-equivalents.yaml。CSV 中以“；”分隔。',
    en: 'Place and unit names put in for one another in the aligned text (from is the earlier plan’s form, to the later plan’s), following the editorial table name-equivalents.yaml. In the CSV, separated by “；”.',
  },
  'links[].fromPassages / toPassages': {
    zh: '两条举措中对齐的文字段（仅 JSON），以 [起, 止) 字符位置（JavaScript 的 UTF-16 计数）表示，位置相对于不含单位括注的举措文字；包括修订记录中显示为删除加新增的移位句子。',
    en: 'Aligned passages of the two measures (JSON only), as [start, end) character positions (counted in UTF-16 code units, as JavaScript counts), relative to the measure text without the units in brackets; they include moved sentences, which the redline shows as a deletion and an insertion.',
  },
  'links[].redline[]': {
    zh: '较晚举措相对较早举措的修订记录（仅 JSON）：op 为 equal（相同，length 为字数，文字即较早举措 text 在该处的文字）、delete（删除，text）、insert（新增，text）、substitute（名称替换，from/to）或 form（同一词的全角半角或空格写法不同，from/to，页面上不标出）；修订按词进行（Intl.Segmenter 中文分词，名称整体为一词），不会从词中间断开；从较早举措 text（见 measures.json）的开头依次执行，即得到较晚举措不含单位括注的文字，逐字不差。字数按 JavaScript 的 UTF-16 计数，与 fromPassages 相同。',
    en: 'The later measure’s redline against the earlier measure (JSON only): op is equal (unchanged; length is the number of characters, and the text is the earlier measure’s text at that point), delete (deleted, text), insert (added, text), substitute (a name put in for another, from/to) or form (the same word in full-width/half-width or spacing forms, from/to, not marked on the pages); edits are made word by word (Chinese word segmentation by Intl.Segmenter, a name counting as one word) and never split a word; applied in order from the start of the earlier measure’s text (see measures.json), they give the later measure’s text without the units in brackets, character for character. Lengths are counted in UTF-16 code units, as JavaScript counts them, as in fromPassages.',
  },
  'links[].units': {
    zh: '单位括注按名单比较（按单位类型，如两区的人民银行分支机构视为同一角色）：leadAdded、leadRemoved 为新增、删去的牵头单位，responsibleAdded、responsibleRemoved 为新增、删去的责任单位，均为原文写法。',
    en: 'The units in brackets compared as lists (by unit type: the People’s Bank of China branches of two districts, for instance, count as the same role): leadAdded and leadRemoved are the lead units added and removed, responsibleAdded and responsibleRemoved the responsible units added and removed, all as printed in the original.',
  },
  'links[].strength[]': {
    zh: '编者判定的变化，各类分列、互不相加（规则见 content/strength-scale.yaml 的 rules）：kind 为 verb（措辞强弱：动词在量表上升降）、actor（行动主体：动词前加上或去掉鼓励、支持、引导、推动）、action（行动改变：如发挥……作用 → 建立……）、number（数字）、deadline（期限）、target（目标）或 lead（牵头单位）；from、to 为原文写法（新增时 from 为空，删去时 to 为空）；direction 为 weaker（减弱）、stronger（加强）、changed（改变）、dropped（删去）或 added（新增）。CSV 中每项写作“kind from→to direction”，以“；”分隔，∅ 表示空。',
    en: 'Changes judged by the editors, each kind listed apart and not added together (the rules are under rules in content/strength-scale.yaml): kind is verb (strength of the wording: the verb moves up or down the scale), actor (who acts: “鼓励” encourage, “支持” support, “引导” guide or “推动” promote added before the verb or taken away), action (a change of action, such as “发挥……作用” play a role in … → “建立……” establish …), number (figures), deadline (deadlines), target (targets) or lead (lead units); from and to are as printed in the original (from is empty for an addition, to for a deletion); direction is weaker, stronger, changed, dropped or added. In the CSV each change is written “kind from→to direction”, separated by “；”, with ∅ for nothing.',
  },
};
