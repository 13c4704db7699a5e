import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import {
  apaCitation,
  citationAuthors,
  citationFile,
  citationText,
  cslItem,
  highwireTags,
  planCitation,
  publicUrl,
  CITATION_FORMATS,
} from './citation.ts';
import { buildSample } from '#tests/fixtures/sample-library.ts';

const library = buildSample();
const plan = library.plans[0]!;
const measure = plan.measures[1]!;

describe('GB/T 7714 citations', () => {
  it('list at most three authors, then 等', () => {
    expect(citationAuthors(['甲', '乙'])).toBe('甲, 乙');
    expect(citationAuthors(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
  });

  it('cite a measure with its plan, number, [EB/OL], dates and URL', () => {
    const text = citationText(planCitation(plan, 'https://example.org/plans/sample/2/', measure), '2026-11-21');
    expect(text).toBe(
      '示例区人民政府办公室. 示例区绿色金融工作方案: 示府办发〔2023〕1号: 第2条 参与碳金融市场发展[EB/OL]. (2023-01-02)[2026-11-21]. https://example.org/plans/sample/2/.',
    );
  });

  it('cite a plan without a measure part', () => {
    const parts = planCitation(plan, '/plans/sample/');
    expect(parts.head).toBe(`${plan.meta.issuers[0]}. ${plan.meta.title}: ${plan.meta.documentNumber!.value}[EB/OL]. `);
  });
});

describe('public URLs', () => {
  it('are absolute with a configured site and site-relative without one', () => {
    expect(publicUrl('/plans/sample/2/', 'https://plans.example.cn')).toBe('https://plans.example.cn/plans/sample/2/');
    expect(publicUrl('/plans/sample/2/', undefined)).toBe('/plans/sample/2/');
  });
});

describe('CSL items and downloads', () => {
  const url = 'https://plans.example.cn/plans/sample/2/';
  const item = cslItem(plan, url, measure);

  it('name the issuer as an institution, the 文号 as number and the plan as container', () => {
    expect(item.type).toBe('report');
    expect(item.author).toEqual(plan.meta.issuers.map((literal) => ({ literal })));
    expect(item.number).toBe(plan.meta.documentNumber!.value);
    expect(item['collection-title']).toBe(plan.meta.title);
    expect(item.issued['date-parts'][0].join('-')).toBe(plan.meta.dateIssued.replace(/-0/g, '-'));
  });

  it.each(CITATION_FORMATS)('round-trip through citation-js as %s with title, author, date and URL', (format) => {
    const [back] = new Cite(citationFile(item, format)).data as Record<string, unknown>[];
    expect(back!.title).toBe(item.title);
    expect(JSON.stringify(back!.author)).toContain(plan.meta.issuers[0]);
    expect((back!.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(item.issued['date-parts'][0]);
    expect(back!.URL).toBe(url);
    expect(back!['collection-title'] ?? back!['container-title']).toBe(plan.meta.title);
    if (format === 'bib') expect(citationFile(item, format)).toMatch(/^@techreport\{sample_2,/);
  });

  // The first APA citation compiles the APA style in citeproc (4 s alone, 15 s on a loaded machine).
  it('print APA from the same item', { timeout: 40_000 }, () => {
    const apa = apaCitation(item);
    expect(apa).toContain(plan.meta.issuers[0]);
    expect(apa).toContain('(2023)');
    expect(apa).toContain(item.title);
    expect(apa).toContain(url);
  });
});

describe('Highwire tags', () => {
  it('carry title, institution author, date, 文号, language and the plan of a measure', () => {
    const tags = new Map(highwireTags(cslItem(plan, 'https://plans.example.cn/plans/sample/2/', measure)));
    expect(tags.get('citation_author')).toBe(plan.meta.issuers[0]);
    expect(tags.get('citation_publication_date')).toBe(plan.meta.dateIssued.replace(/-/g, '/'));
    expect(tags.get('citation_technical_report_number')).toBe(plan.meta.documentNumber!.value);
    expect(tags.get('citation_series_title')).toBe(plan.meta.title);
    expect(tags.get('citation_language')).toBe('zh');
    expect(tags.get('citation_public_url')).toBe('https://plans.example.cn/plans/sample/2/');
  });

  it('leave URL tags out when the address is only site-relative', () => {
    const names = highwireTags(cslItem(plan, '/plans/sample/')).map(([name]) => name);
    expect(names).not.toContain('citation_public_url');
    expect(names).not.toContain('citation_series_title');
  });
});
