/**
 * The units parenthetical that closes a measure, e.g.
 * （牵头单位：合川银保监分局、人行合川中心支行；责任单位：区国资委）,
 * read into lists exactly as written.
 */

export type UnitRole = 'lead' | 'responsible';

/** The role labels the plans print, and the role each stands for. */
export const ROLE_LABELS: Readonly<Record<string, UnitRole>> = {
  牵头单位: 'lead',
  牵头部门: 'lead',
  责任单位: 'responsible',
  责任部门: 'responsible',
  协同单位: 'responsible',
};

export interface UnitList {
  role: UnitRole;
  /** The label as printed: 牵头单位, 牵头部门, 责任单位, 责任部门 or 协同单位. */
  label: string;
  /** Unit names as written, in the printed order. */
  units: string[];
  /** A remark printed inside the list, e.g. 以下工作均涉及，不再单列. */
  remark?: string;
}

export interface MeasureUnits {
  /** The whole parenthetical as printed, brackets included. */
  printed: string;
  lists: UnitList[];
  lead: string[];
  responsible: string[];
}

export type UnitsReading =
  { kind: 'none' } | { kind: 'units'; start: number; units: MeasureUnits } | { kind: 'error'; problem: string };

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
const ROLE_PATTERN = new RegExp(`(${Object.keys(ROLE_LABELS).join('|')})[：:]`, 'g');
/** A final parenthetical that mentions 单位/部门 with a colon is meant as a units list, so it must parse. */
const LOOKS_LIKE_UNITS = /(单位|部门)\s*[：:]/;

/** Finds the parenthetical that closes the text, matching nested brackets such as 各县（区）人民政府. */
export function trailingParenthetical(text: string): { start: number; inner: string } | undefined {
  const end = text.length - 1;
  if (end < 0 || !CLOSE.has(text[end]!)) return undefined;
  let depth = 0;
  for (let i = end; i >= 0; i--) {
    const ch = text[i]!;
    if (CLOSE.has(ch)) depth++;
    else if (OPEN.has(ch)) {
      depth--;
      if (depth === 0) return { start: i, inner: text.slice(i + 1, end) };
    }
  }
  return undefined;
}

/** Splits a list on 、 and ， that are not inside brackets. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (OPEN.has(ch)) depth++;
    if (CLOSE.has(ch)) depth--;
    if (depth === 0 && (ch === '、' || ch === '，' || ch === ',')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

function readList(label: string, body: string): UnitList | string {
  const role = ROLE_LABELS[label]!;
  // A list ends at the separator before the next label; some plans print a stray 、 before the bracket.
  const trimmed = body.replace(/[；;，,、\s]+$/u, '');
  if (trimmed === '') return `the ${label} list is empty`;
  const parts = splitTopLevel(trimmed);
  const units: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // 以下… opens a remark about the list (以下工作均涉及，不再单列), not another unit.
    if (part.startsWith('以下')) {
      return { role, label, units, remark: parts.slice(i).join('，') };
    }
    if (part === '') return `the ${label} list has an empty name between separators: "${trimmed}"`;
    units.push(part);
  }
  return { role, label, units };
}

/**
 * Reads the units parenthetical at the end of a measure's text. A final parenthetical that is
 * not about units (e.g. （PPP）) is left alone; one that looks like units but does not follow the
 * pattern 角色：单位、单位；角色：单位 is an error.
 */
export function readMeasureUnits(text: string): UnitsReading {
  const paren = trailingParenthetical(text);
  if (!paren) return { kind: 'none' };
  const { start, inner } = paren;
  const matches = [...inner.matchAll(ROLE_PATTERN)];
  if (matches.length === 0) {
    return LOOKS_LIKE_UNITS.test(inner)
      ? {
          kind: 'error',
          problem: `units parenthetical "${text.slice(start)}" uses no known role label; expected one of ${Object.keys(ROLE_LABELS).join('、')} followed by ：`,
        }
      : { kind: 'none' };
  }
  if (matches[0]!.index !== 0) {
    return {
      kind: 'error',
      problem: `units parenthetical "${text.slice(start)}" must start with a role label (${Object.keys(ROLE_LABELS).join('、')})`,
    };
  }
  const lists: UnitList[] = [];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    const label = match[1]!;
    if (lists.some((list) => list.label === label)) {
      return { kind: 'error', problem: `units parenthetical names ${label} twice` };
    }
    const bodyStart = match.index + match[0].length;
    const bodyEnd = i + 1 < matches.length ? matches[i + 1]!.index : inner.length;
    const list = readList(label, inner.slice(bodyStart, bodyEnd));
    if (typeof list === 'string') return { kind: 'error', problem: list };
    lists.push(list);
  }
  const of = (role: UnitRole) => lists.filter((l) => l.role === role).flatMap((l) => l.units);
  return {
    kind: 'units',
    start,
    units: { printed: text.slice(start), lists, lead: of('lead'), responsible: of('responsible') },
  };
}
