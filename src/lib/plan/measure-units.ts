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
  | { kind: 'none' }
  | { kind: 'units'; start: number; units: MeasureUnits }
  | { kind: 'error'; problem: string; found: string; expected: string };

/** How a units parenthetical is written, for messages. */
export const UNITS_FORM = '（牵头单位：单位、单位；责任单位：单位） at the very end of the measure, closed by ）';

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
const ROLE_PATTERN = new RegExp(`(${Object.keys(ROLE_LABELS).join('|')})[：:]`, 'g');
/** A final parenthetical that mentions 单位/部门 with a colon is meant as a units list, so it must parse. */
const LOOKS_LIKE_UNITS = /(单位|部门)\s*[：:]/;
/** A role label anywhere else in the text means a units list that was not read: never drop it silently. */
const ROLE_WORD = new RegExp(
  `[（(；;]\\s*(?:${Object.keys(ROLE_LABELS).join('|')})|(?:${Object.keys(ROLE_LABELS).join('|')})\\s*[：:]`,
);

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

function readList(label: string, body: string): UnitList | Omit<Extract<UnitsReading, { kind: 'error' }>, 'kind'> {
  const role = ROLE_LABELS[label]!;
  // A list ends at the separator before the next label; some plans print a stray 、 before the bracket.
  const trimmed = body.replace(/[；;，,、\s]+$/u, '');
  if (trimmed === '')
    return {
      problem: `the ${label} list is empty`,
      found: `"${label}：" with no unit after it`,
      expected: 'at least one unit name',
    };
  const parts = splitTopLevel(trimmed);
  const units: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // 以下… opens a remark about the list (以下工作均涉及，不再单列), not another unit.
    if (part.startsWith('以下')) {
      return { role, label, units, remark: parts.slice(i).join('，') };
    }
    if (part === '')
      return {
        problem: `the ${label} list has an empty name between separators`,
        found: `"${trimmed}"`,
        expected: 'one unit name between each two 、',
      };
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
  const reading = readTrailingUnits(text);
  if (reading.kind === 'error') return reading;
  // Whatever the trailing parenthetical held, a role label left in the rest of the text is a
  // units list written in a way we cannot read (a 。 after the ）, no ）, no colon).
  const rest = reading.kind === 'units' ? text.slice(0, reading.start) : text;
  const stray = ROLE_WORD.exec(rest);
  if (stray) {
    const from = rest.lastIndexOf('（', stray.index + 1);
    return {
      kind: 'error',
      problem: 'units list does not parse',
      found: `"${rest.slice(from >= 0 ? from : stray.index).slice(0, 40)}"`,
      expected: UNITS_FORM,
    };
  }
  return reading;
}

function readTrailingUnits(text: string): UnitsReading {
  const paren = trailingParenthetical(text);
  if (!paren) return { kind: 'none' };
  const { start, inner } = paren;
  const printed = `"${text.slice(start)}"`;
  const matches = [...inner.matchAll(ROLE_PATTERN)];
  if (matches.length === 0) {
    return LOOKS_LIKE_UNITS.test(inner)
      ? {
          kind: 'error',
          problem: `units parenthetical uses no known role label`,
          found: printed,
          expected: `one of ${Object.keys(ROLE_LABELS).join('、')} followed by ：`,
        }
      : { kind: 'none' };
  }
  if (matches[0]!.index !== 0) {
    return {
      kind: 'error',
      problem: `units parenthetical must start with a role label`,
      found: printed,
      expected: `（ followed by one of ${Object.keys(ROLE_LABELS).join('、')} and ：`,
    };
  }
  const lists: UnitList[] = [];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    const label = match[1]!;
    if (lists.some((list) => list.label === label)) {
      return {
        kind: 'error',
        problem: `units parenthetical names ${label} twice`,
        found: printed,
        expected: `${label} once`,
      };
    }
    const bodyStart = match.index + match[0].length;
    const bodyEnd = i + 1 < matches.length ? matches[i + 1]!.index : inner.length;
    const list = readList(label, inner.slice(bodyStart, bodyEnd));
    if ('problem' in list) return { kind: 'error', ...list };
    lists.push(list);
  }
  const of = (role: UnitRole) => lists.filter((l) => l.role === role).flatMap((l) => l.units);
  return {
    kind: 'units',
    start,
    units: { printed: text.slice(start), lists, lead: of('lead'), responsible: of('responsible') },
  };
}
