import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import {
  apaCitation,
  apaCitationEn,
  citationAuthors,
  citationFile,
  citationText,
  cslItem,
  highwireTags,
  measureDesignationEn,
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

/** The sample plan as if two bodies had issued it jointly (the master plan has six). */
const joint = { ...plan, meta: { ...plan.meta, issuers: ['示例区人民政府办公室', '中国人民银行示例支行'] } };

/** A BibTeX entry's fields, read by the same rules biblatex uses for a simple `key = {value}` line. */
function bibFields(bib: string): Map<string, string> {
  return new Map([...bib.matchAll(/^\s+(\w+) = \{(.*)\},$/gm)].map((m) => [m[1]!, m[2]!]));
}

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
    expect(JSON.stringify(back!.author)).toContain(plan.meta.issuers[0]);
    expect((back!.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(item.issued['date-parts'][0]);
    expect(back!.URL).toBe(url);
    if (format === 'bib') {
      // biblatex: the plan is the report, the measure its section.
      expect(back!.title).toBe(plan.meta.title);
      expect(back!.section).toBe(item.title);
    } else {
      expect(back!.title).toBe(item.title);
      expect(back!['collection-title'] ?? back!['container-title']).toBe(plan.meta.title);
    }
  });

  it('write BibTeX as biblatex’s @report expects: date, type, plan title as title, no month or series', () => {
    const bib = citationFile(item, 'bib');
    expect(bib).toMatch(/^@report\{sample_2,/);
    const fields = bibFields(bib);
    expect(fields.get('date')).toBe(plan.meta.dateIssued);
    expect(fields.get('title')).toBe(plan.meta.title);
    expect(fields.get('pages')).toBe(item.title);
    expect(fields.get('bookpagination')).toBe('section');
    expect(fields.get('type')).toBe('政府公文');
    expect(fields.get('number')).toBe(plan.meta.documentNumber!.value);
    expect(fields.get('language')).toBe('zh-CN');
    for (const absent of ['month', 'year', 'series', 'address']) expect(fields.has(absent), absent).toBe(false);
    // A plan's own entry: its title, no section.
    const planFields = bibFields(citationFile(cslItem(plan, '/plans/sample/'), 'bib'));
    expect(planFields.get('title')).toBe(plan.meta.title);
    expect(planFields.has('pages')).toBe(false);
  });

  it('name every issuer of a jointly issued plan in RIS, BibTeX, CSL-JSON, APA and Highwire', () => {
    const jointItem = cslItem(joint, url, measure);
    const [first, second] = joint.meta.issuers;
    const ris = citationFile(jointItem, 'ris');
    expect(ris).toContain(`AU  - ${first}`);
    expect(ris).toContain(`AU  - ${second}`);
    expect(ris).toContain(`PB  - ${first}、${second}`);
    const bib = bibFields(citationFile(jointItem, 'bib'));
    expect(bib.get('author')).toBe(`{${first}} and {${second}}`);
    expect(bib.get('institution')).toBe(`${first}、${second}`);
    const [csl] = JSON.parse(citationFile(jointItem, 'csl.json'));
    expect(csl.author).toEqual([{ literal: first }, { literal: second }]);
    expect(csl.publisher).toBe(`${first}、${second}`);
    const highwire = highwireTags(jointItem);
    expect(highwire.filter(([n]) => n === 'citation_author').map(([, v]) => v)).toEqual([first, second]);
    expect(new Map(highwire).get('citation_publisher')).toBe(`${first}、${second}`);
    expect(new Map(highwireTags(cslItem(joint, '/plans/sample/'))).get('citation_technical_report_institution')).toBe(
      `${first}、${second}`,
    );
  });

  // The first APA citation compiles the APA style in citeproc (4 s alone, 15 s on a loaded machine).
  it('print APA from the same item, with every issuer', { timeout: 40_000 }, () => {
    const apa = apaCitation(item);
    expect(apa).toContain(plan.meta.issuers[0]);
    expect(apa).toContain('(2023)');
    expect(apa).toContain(item.title);
    expect(apa).toContain(url);
    const jointApa = apaCitation(cslItem(joint, url, measure));
    for (const issuer of joint.meta.issuers) expect(jointApa).toContain(issuer);
  });
});

describe('Highwire tags', () => {
  it('carry title, institution author, date, 文号 and language zh-CN as the files say', () => {
    const tags = new Map(highwireTags(cslItem(plan, 'https://plans.example.cn/plans/sample/')));
    expect(tags.get('citation_title')).toBe(plan.meta.title);
    expect(tags.get('citation_author')).toBe(plan.meta.issuers[0]);
    expect(tags.get('citation_publication_date')).toBe(plan.meta.dateIssued.replace(/-/g, '/'));
    expect(tags.get('citation_technical_report_institution')).toBe(plan.meta.issuers[0]);
    expect(tags.get('citation_technical_report_number')).toBe(plan.meta.documentNumber!.value);
    expect(tags.get('citation_language')).toBe('zh-CN');
    expect(tags.get('citation_public_url')).toBe('https://plans.example.cn/plans/sample/');
  });

  it('on a measure page carry the plan’s title where Zotero keeps it (citation_inbook_title → publicationTitle)', () => {
    const tags = highwireTags(cslItem(plan, 'https://plans.example.cn/plans/sample/2/', measure));
    const byName = new Map(tags);
    expect(byName.get('citation_title')).toContain(measure.title);
    expect(byName.get('citation_inbook_title')).toBe(plan.meta.title);
    // Zotero files the page by the last type-giving tag: no report institution, so it is a Book Section.
    expect(byName.has('citation_technical_report_institution')).toBe(false);
    expect(byName.has('citation_series_title')).toBe(false);
    expect(byName.get('citation_publisher')).toBe(plan.meta.issuers[0]);
  });

  it('leave URL tags out when the address is only site-relative', () => {
    const names = highwireTags(cslItem(plan, '/plans/sample/')).map(([name]) => name);
    expect(names).not.toContain('citation_public_url');
    expect(names).not.toContain('citation_inbook_title');
  });
});

describe('English titles in the citations', () => {
  const url = 'https://plans.example.cn/plans/sample/2/';
  const english = {
    plan: 'Green Finance Work Plan of Sample District',
    measure: 'Take part in carbon finance & 100% of it',
  };
  const item = cslItem(plan, url, measure, english);
  const planItem = cslItem(plan, '/plans/sample/', undefined, english);
  const measureEn = `${measureDesignationEn(measure)} ${english.measure}`;

  it('keep the Chinese title and put the English in CSL-JSON custom (CSL 1.0.2 has no translated-title)', () => {
    const [csl] = JSON.parse(citationFile(item, 'csl.json'));
    expect(csl.title).toBe(cslItem(plan, url, measure).title);
    expect(csl.custom).toEqual({
      'translated-title': measureEn,
      'translated-collection-title': english.plan,
      'translated-title-language': 'en',
    });
    expect(JSON.parse(citationFile(planItem, 'csl.json'))[0].custom['translated-title']).toBe(english.plan);
  });

  it('give RIS a TT (translated title) line after TI, and none without English', () => {
    const lines = citationFile(item, 'ris').split(/\r?\n/);
    const ti = lines.findIndex((l) => l.startsWith('TI  - '));
    expect(lines[ti]).toBe(`TI  - ${item.title}`);
    expect(lines[ti + 1]).toBe(`TT  - ${measureEn}`);
    expect(citationFile(planItem, 'ris')).toContain(`TT  - ${english.plan}`);
    expect(citationFile(cslItem(plan, url, measure), 'ris')).not.toMatch(/^TT {2}- /m);
  });

  it('give biblatex the English of its title in titleaddon, in brackets and escaped, the title itself unchanged', () => {
    const fields = bibFields(citationFile(item, 'bib'));
    // A measure's entry is titled by its plan, so the annex is the plan's English.
    expect(fields.get('title')).toBe(plan.meta.title);
    expect(fields.get('titleaddon')).toBe(`[${english.plan}]`);
    const escaped = bibFields(
      citationFile(cslItem(plan, '/plans/sample/', undefined, { plan: 'A & B 100% #1' }), 'bib'),
    );
    expect(escaped.get('titleaddon')).toBe('[A \\& B 100\\% \\#1]');
    expect(bibFields(citationFile(cslItem(plan, url, measure), 'bib')).has('titleaddon')).toBe(false);
  });

  it('read back through citation-js with the Chinese title, author and URL kept', () => {
    for (const format of ['bib', 'csl.json'] as const) {
      const [back] = new Cite(citationFile(item, format)).data as Record<string, unknown>[];
      expect(back!.URL, format).toBe(url);
      expect(back!.title, format).toBe(format === 'bib' ? plan.meta.title : item.title);
    }
  });

  it('print the Chinese APA as before, without the English', { timeout: 40_000 }, () => {
    expect(apaCitation(item)).toBe(apaCitation(cslItem(plan, url, measure)));
    expect(apaCitation(item)).not.toContain(english.plan);
  });

  it(
    'print the English APA with the original title followed by the English in square brackets',
    { timeout: 40_000 },
    () => {
      const apa = apaCitationEn(item);
      expect(apa).toContain(`${item.title} [${measureEn}]`);
      expect(apa).toContain(`${plan.meta.title} [${english.plan}]`);
      expect(apaCitationEn(planItem)).toContain(`${plan.meta.title} [${english.plan}]`);
      expect(apa).toContain(plan.meta.issuers[0]);
      expect(apa).toContain(url);
      // Without English it is the Chinese form.
      expect(apaCitationEn(cslItem(plan, url, measure))).toBe(apaCitation(cslItem(plan, url, measure)));
    },
  );
});
