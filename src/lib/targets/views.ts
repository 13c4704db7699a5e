/** How the targets page words a target: baseline, deadline, comparator in Chinese. */
import type { Target } from './targets.ts';

export const COMPARATOR_WORDS: Readonly<Record<Target['comparator'], string>> = {
  '≥': '不低于',
  '>': '高于',
  '=': '等于',
  '≤': '不高于',
  '<': '低于',
};

export function baselineText(target: Target): string {
  if (target.baseline === null) return '—';
  return 'year' in target.baseline ? `${target.baseline.year}年` : target.baseline.text;
}

export function deadlineText(target: Target): string {
  return target.deadline === null ? '未写明' : `${target.deadline}年`;
}
