/**
 * /data/counterparts.json and /data/counterparts.csv: one row per counterpart link (see
 * src/lib/compare/). The JSON carries the redline too; the CSV flattens lists into cells.
 */
import type { Counterparts, CounterpartLink, StrengthChange } from '#lib/compare/types.ts';
import { COUNTERPART_PARAMETERS } from '#lib/compare/counterparts.ts';
import { csvField } from './data-export.ts';

const planOf = (id: string) => id.slice(0, id.indexOf('/'));

/** /data/counterparts.json: the method's parameters, the plans in order, every link. */
export function counterpartsExport(counterparts: Counterparts) {
  return {
    method:
      'Links from a measure of an earlier plan (by date issued) to its counterpart(s) in a later plan: clause pairs sharing an informative character 6-gram are diffed (diff-match-patch) and scored by local alignment, with place and unit names of content/name-equivalents.yaml compared as equal; kind and strength changes are editorial (content/strength-scale.yaml).',
    parameters: COUNTERPART_PARAMETERS,
    plans: counterparts.plans,
    pairs: counterparts.pairs,
    links: counterparts.links.map((link) => ({ ...link, fromPlan: planOf(link.from), toPlan: planOf(link.to) })),
  };
}

export function strengthCell(change: StrengthChange): string {
  return `${change.kind} ${change.from ?? '∅'}→${change.to ?? '∅'} ${change.direction}`;
}

const COLUMNS: [string, (link: CounterpartLink) => string][] = [
  ['from', (l) => l.from],
  ['to', (l) => l.to],
  ['fromPlan', (l) => planOf(l.from)],
  ['toPlan', (l) => planOf(l.to)],
  ['kind', (l) => l.kind],
  ['fromShare', (l) => l.fromShare.toFixed(3)],
  ['toShare', (l) => l.toShare.toFixed(3)],
  ['substitutions', (l) => l.substitutions.map((s) => `${s.from}→${s.to}`).join('；')],
  ['strength', (l) => l.strength.map(strengthCell).join('；')],
  ['leadAdded', (l) => l.units.leadAdded.join('、')],
  ['leadRemoved', (l) => l.units.leadRemoved.join('、')],
  ['responsibleAdded', (l) => l.units.responsibleAdded.join('、')],
  ['responsibleRemoved', (l) => l.units.responsibleRemoved.join('、')],
];

/** The CSV: UTF-8 with a byte-order mark and CRLF, like measures.csv, so Excel opens it correctly. */
export function counterpartsCsv(counterparts: Counterparts): string {
  const rows = counterparts.links.map((link) => COLUMNS.map(([, cell]) => csvField(cell(link))).join(','));
  return '\uFEFF' + [COLUMNS.map(([name]) => name).join(','), ...rows].join('\r\n') + '\r\n';
}

export const COUNTERPART_CSV_COLUMNS = COLUMNS.map(([name]) => name);

export const COUNTERPART_FIELDS: Readonly<Record<string, string>> = {
  method: '方法的一句话说明（JSON）；parameters：判定所用的全部阈值（见 README“Comparing two plans”）。',
  plans: '方案按印发日期（dateIssued）先后排列的 slug；链接总是从较早方案指向较晚方案。',
  'pairs[]':
    '每对有对应关系的方案一条（仅 JSON）：earlier、later 为较早、较晚方案；copied、adapted、partial 为各类对应的条数；earlierLinked、laterLinked 为有对应的举措条数；earlierCarried 为较早方案举措文字中被较晚方案沿用的比例，laterFromEarlier 为较晚方案举措文字中来自较早方案的比例（每个字只计一次）；strength 为约束力变化按方向的计数。',
  'links[].from / to':
    '较早方案中的举措 id 与较晚方案中的对应举措 id，如 tongnan/7 → rongchang/7。一条举措可对应多条。',
  'links[].fromPlan / toPlan': '两条举措所属方案的 slug。',
  'links[].kind':
    '编者判定的对应类型：copied（照搬，换掉地名单位名后基本相同）、adapted（改写，同一条措施）、partial（部分，一两句话被带入另一条措施）。',
  'links[].fromShare / toShare': '较早、较晚举措的文字（不含单位括注）中与对方对齐的字数比例，0–1，保留三位小数。',
  'links[].substitutions[]':
    '对齐文字中互换的地名、单位名（from 为较早方案的写法，to 为较晚方案的写法），依据编辑表 name-equivalents.yaml。CSV 中以“；”分隔。',
  'links[].fromPassages / toPassages':
    '两条举措中对齐的文字段（仅 JSON），以 [起, 止) 字符位置（JavaScript 的 UTF-16 计数）表示，位置相对于不含单位括注的举措文字；包括修订记录中显示为删除加新增的移位句子。',
  'links[].redline[]':
    '较晚举措相对较早举措的修订记录（仅 JSON）：op 为 equal（相同）、delete（删除）、insert（新增）或 substitute（名称替换，from/to）；依次执行即由较早文字得到较晚文字，逐字不差。',
  'links[].units':
    '单位括注按名单比较（按单位类型，如两区的人民银行分支机构视为同一角色）：leadAdded、leadRemoved 为新增、删去的牵头单位，responsibleAdded、responsibleRemoved 为新增、删去的责任单位，均为原文写法。',
  'links[].strength[]':
    '编者判定的约束力变化：kind 为 verb（动词，按编辑量表 strength-scale.yaml）、number（数字）、deadline（期限）、target（目标）或 lead（牵头单位）；from、to 为原文写法（新增时 from 为空，删去时 to 为空）；direction 为 weaker（减弱）、stronger（加强）、changed（改变）、dropped（删去）或 added（新增）。CSV 中每项写作“kind from→to direction”，以“；”分隔，∅ 表示空。',
};
