/**
 * /data/counterparts.json and /data/counterparts.csv: one row per counterpart link (see
 * src/lib/compare/). The JSON carries the redline too; the CSV flattens lists into cells.
 */
import type { Counterparts, CounterpartLink, RedlineOp, StrengthChange } from '#lib/compare/types.ts';
import { COUNTERPART_PARAMETERS } from '#lib/compare/counterparts.ts';
import { excelCsv } from './csv.ts';
import { csvSchema, fieldsOf, required, tableSchema } from './table-schema.ts';

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

const share = (side: string) => ({
  type: 'number' as const,
  description: `${side}举措的文字（不含单位括注）中与对方对齐的字数比例，0–1。`,
  constraints: required,
});
const units = (what: string) => ({ type: 'array' as const, description: `${what}（原文写法）。` });

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
    from: { type: 'string', description: '较早方案中的举措 id，如 tongnan/7。', constraints: required },
    to: { type: 'string', description: '较晚方案中的对应举措 id。', constraints: required },
    fromPlan: { type: 'string', description: '较早方案的代码。', constraints: required },
    toPlan: { type: 'string', description: '较晚方案的代码。', constraints: required },
    kind: {
      type: 'string',
      description:
        '编者判定的对应类型：copied（照搬：除名称替换和全角半角、空格写法外文字相同）、adapted（改写：一方大部分文字与对方对齐）、partial（部分沿用）、common（通用表述：两份方案分属不同省份且互不引用，共有文字视为通用表述，不计为沿用）。',
      constraints: { required: true, enum: ['copied', 'adapted', 'partial', 'common'] },
    },
    fromShare: share('较早'),
    toShare: share('较晚'),
    substitutions: units('互换的地名、单位名，写作“较早→较晚”'),
    strength: units(
      '编者判定的变化，每项写作“kind from→to direction”，kind 分列变化类别（verb、actor、action、number、deadline、target、lead），∅ 表示空',
    ),
    leadAdded: units('新增的牵头单位'),
    leadRemoved: units('删去的牵头单位'),
    responsibleAdded: units('新增的责任单位'),
    responsibleRemoved: units('删去的责任单位'),
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
    fromShare: share('较早'),
    toShare: share('较晚'),
    substitutions: { type: 'array', description: '互换的地名、单位名：{from, to}，from 为较早方案的写法。' },
    strength: {
      type: 'array',
      description: '编者判定的变化：{kind, from, to, direction}，kind 见 links[].strength[]。',
    },
    units: {
      type: 'object',
      description: '单位括注按名单比较：leadAdded、leadRemoved、responsibleAdded、responsibleRemoved（原文写法）。',
    },
    redline: {
      type: 'array',
      description:
        '修订记录：{op: equal, length}、{op: delete 或 insert, text}、{op: substitute, from, to}（名称替换）或 {op: form, from, to}（全角半角、空格写法）；从较早举措文字的开头依次执行即得到较晚文字。',
    },
    fromPassages: { type: 'array', description: '较早举措中对齐的文字段，[起, 止) 字符位置。' },
    toPassages: { type: 'array', description: '较晚举措中对齐的文字段，[起, 止) 字符位置。' },
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
export const COUNTERPART_EXTRA_FIELDS: Readonly<Record<string, string>> = {
  method: '方法的一句话说明（JSON）；parameters：判定所用的全部阈值（见 README“Comparing two plans”）。',
  plans: '方案按印发日期（dateIssued）先后排列的 slug；链接总是从较早方案指向较晚方案。',
  'pairs[]':
    '每对有对应关系的方案一条（仅 JSON）：earlier、later 为较早、较晚方案；copied、adapted、partial、common 为各类对应的条数；earlierLinked、laterLinked 为有对应（不含通用表述）的举措条数；earlierCarried 为较早方案举措文字中被较晚方案沿用的比例，laterFromEarlier 为较晚方案举措文字中来自较早方案的比例（每个字只计一次）；changes 为各类变化的条数，按 kind 分列（verb 措辞强弱、actor 行动主体、action 行动改变、number 数字、deadline 期限、target 目标、lead 牵头单位），各类互不相加。',
  'links[].substitutions[]':
    '对齐文字中互换的地名、单位名（from 为较早方案的写法，to 为较晚方案的写法），依据编辑表 name-equivalents.yaml。CSV 中以“；”分隔。',
  'links[].fromPassages / toPassages':
    '两条举措中对齐的文字段（仅 JSON），以 [起, 止) 字符位置（JavaScript 的 UTF-16 计数）表示，位置相对于不含单位括注的举措文字；包括修订记录中显示为删除加新增的移位句子。',
  'links[].redline[]':
    '较晚举措相对较早举措的修订记录（仅 JSON）：op 为 equal（相同，length 为字数，文字即较早举措 text 在该处的文字）、delete（删除，text）、insert（新增，text）、substitute（名称替换，from/to）或 form（同一词的全角半角或空格写法不同，from/to，页面上不标出）；修订按词进行（Intl.Segmenter 中文分词，名称整体为一词），不会从词中间断开；从较早举措 text（见 measures.json）的开头依次执行，即得到较晚举措不含单位括注的文字，逐字不差。字数按 JavaScript 的 UTF-16 计数，与 fromPassages 相同。',
  'links[].units':
    '单位括注按名单比较（按单位类型，如两区的人民银行分支机构视为同一角色）：leadAdded、leadRemoved 为新增、删去的牵头单位，responsibleAdded、responsibleRemoved 为新增、删去的责任单位，均为原文写法。',
  'links[].strength[]':
    '编者判定的变化，各类分列、互不相加（规则见 content/strength-scale.yaml 的 rules）：kind 为 verb（措辞强弱：动词在量表上升降）、actor（行动主体：动词前加上或去掉鼓励、支持、引导、推动）、action（行动改变：如发挥……作用 → 建立……）、number（数字）、deadline（期限）、target（目标）或 lead（牵头单位）；from、to 为原文写法（新增时 from 为空，删去时 to 为空）；direction 为 weaker（减弱）、stronger（加强）、changed（改变）、dropped（删去）或 added（新增）。CSV 中每项写作“kind from→to direction”，以“；”分隔，∅ 表示空。',
};
