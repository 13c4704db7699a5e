/** Number formats shared by pages. */

/** 0.5417 → 54.2% */
export function percent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}
