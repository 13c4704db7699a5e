/**
 * Citations in the form of GB/T 7714-2015 for an online document ([EB/OL]):
 * 责任者. 题名: 其他题名信息[EB/OL]. (发布日期)[引用日期]. 获取路径.
 */
import type { Measure, Plan } from '#lib/plan/model.ts';
import { measureDesignation } from '#lib/plan/labels.ts';

/** GB/T 7714 lists at most three responsible bodies, then 等. */
export function citationAuthors(issuers: readonly string[]): string {
  return issuers.length > 3 ? `${issuers.slice(0, 3).join(', ')}, 等` : issuers.join(', ');
}

export interface CitationParts {
  /** Everything before the access date. */
  head: string;
  /** Publication date in parentheses, e.g. (2023-03-30). */
  published: string;
  /** The URL, ending the citation. */
  url: string;
}

export function planCitation(plan: Plan, url: string, measure?: Measure): CitationParts {
  const number = plan.meta.documentNumber ? `: ${plan.meta.documentNumber.value}` : '';
  const part = measure ? `: ${measureDesignation(plan, measure)} ${measure.title}` : '';
  return {
    head: `${citationAuthors(plan.meta.issuers)}. ${plan.meta.title}${number}${part}[EB/OL]. `,
    published: `(${plan.meta.dateIssued})`,
    url,
  };
}

/** The citation as one line, with the date the reader accessed the page. */
export function citationText(parts: CitationParts, accessed: string): string {
  return `${parts.head}${parts.published}[${accessed}]. ${parts.url}.`;
}
