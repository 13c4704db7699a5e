/** Schema pieces every content file shares, defined once: ids and dates. */
import { z } from 'astro/zod';

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A stable, URL-safe id in lower-case words joined by hyphens, e.g. carbon-account. */
export function kebabId(example: string) {
  return z
    .string()
    .regex(KEBAB_ID, `expected a kebab-case id (lower-case letters, digits and hyphens) such as ${example}`);
}

/** True for a real day of the calendar written YYYY-MM-DD (2023-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written YYYY-MM-DD. Quoted or not: YAML reads an unquoted date as a Date (and
 * rolls 2023-02-30 over to March, which is why it must be quoted to be checked: see README).
 */
export const isoDate = z
  .union([z.date(), z.string()])
  .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)))
  .refine(isCalendarDate, 'expected a real calendar date written YYYY-MM-DD, e.g. "2023-03-30"');
