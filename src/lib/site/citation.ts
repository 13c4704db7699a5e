/**
 * Citation data for plans and measures. One CSL-JSON item per plan or measure is the single source:
 * the RIS, BibTeX and CSL-JSON downloads and the APA form are produced from it by citation-js, and
 * the GB/T 7714 form by the small formatter below.
 *
 * Item type: CSL `report` (RIS RPRT, biblatex @report, Zotero "Report"). A plan is a government
 * document with issuing bodies, a 文号 and a date; `report` carries all three in every format
 * (author = each issuing body, number = 文号, publisher/institution = every issuer), while
 * `legislation` loses the number in BibTeX (@misc) and is meant for statutes, which these plans are not.
 *
 * BibTeX is written as biblatex reads it (citation-js's biblatex output, checked with
 * `biber --tool --validate-datamodel`, README): `date = {2023-03-30}`, `type` (mandatory for
 * @report), and for a measure the plan's title in `title` with the measure in `pages` marked
 * `bookpagination = {section}` (@report has no series field; Zotero's BibTeX import keeps title and
 * pages of a report).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Measure, Plan } from '#lib/plan/model.ts';
import { measureDesignation } from '#lib/plan/labels.ts';
import type { Locale } from '#lib/i18n/catalogue.ts';
import { measureDataPath, measurePath, planDataPath, planPath } from './paths.ts';

// BibTeX output keeps Chinese text as it is (the plugin's default escapes it to ASCII and loses it).
(plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

/** GB/T 7714 lists at most three responsible bodies, then 等. */
export function citationAuthors(issuers: readonly string[]): string {
  return issuers.length > 3 ? `${issuers.slice(0, 3).join(', ')}, 等` : issuers.join(', ');
}

/**
 * The address printed in citations and data files: absolute when the site's address is configured
 * (SITE_URL), otherwise the site-relative path, never a made-up host.
 */
export function publicUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** The CSL-JSON fields this site fills (a subset of CSL 1.0.2). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'report';
  /** The plan's title, or for a measure its designation and title (第9条 积极参与碳金融市场发展). */
  title: string;
  /** For a measure: the plan's title, as the series the measure belongs to (RIS T2, BibTeX series, Zotero Series). */
  'collection-title'?: string;
  /** The issuing bodies, as institutions (CSL `literal` names are never split into family/given). */
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  /** The 文号. */
  number?: string;
  /** The kind of document (biblatex `type`, RIS M3): every plan is a 政府公文. */
  genre: typeof GENRE;
  /** Every issuing body, joined by 、 as the plans print them (a jointly issued plan has several). */
  publisher: string;
  'publisher-place': string;
  language: 'zh-CN';
  URL: string;
  /**
   * The site's English of the titles (editorial, unofficial). CSL 1.0.2 has no variable for a
   * translated title (`translated-title` was in its pre-releases and removed before the release,
   * citation-style-language/schema#341; `original-title` is the untranslated title of a
   * translation, the other way round), and the schema keeps key-value data a style does not read
   * in `custom`, "preferred over note".
   */
  custom?: CitationEnglish;
}

/** The English titles of a citation: of the item, and for a measure of its plan. */
export interface CitationEnglish {
  'translated-title': string;
  /** For a measure: the English of its plan's title (collection-title). */
  'translated-collection-title'?: string;
  'translated-title-language': 'en';
}

/** The English a citation of a plan or measure carries: the plan's English title, and the measure's. */
export interface EnglishTitles {
  plan: string;
  /** The English of the measure's title (its lead sentence). */
  measure?: string;
}

/** A measure in English citations: Measure 9, Measure 3.1.2 (the site's own numbering). */
export function measureDesignationEn(measure: Pick<Measure, 'number'>): string {
  return `Measure ${measure.number}`;
}

/** What kind of document every plan is. */
export const GENRE = '政府公文';

/** The issuing bodies as one name list, in the plan's order, joined by 、 as the plans print them. */
export function issuerList(issuers: readonly string[]): string {
  return issuers.join('、');
}

function dateParts(iso: string): [[number, number, number]] {
  const [y, m, d] = iso.split('-').map(Number);
  return [[y!, m!, d!]];
}

/**
 * The CSL-JSON item of a plan, or of a measure within it; `url` is the page's public address.
 * With `english`, the item carries the English titles in `custom` (see CslItem).
 */
export function cslItem(plan: Plan, url: string, measure?: Measure, english?: EnglishTitles): CslItem {
  const { meta } = plan;
  const custom: CitationEnglish | undefined = english && {
    'translated-title':
      measure && english.measure ? `${measureDesignationEn(measure)} ${english.measure}` : english.plan,
    ...(measure ? { 'translated-collection-title': english.plan } : {}),
    'translated-title-language': 'en',
  };
  return {
    id: measure ? measure.id : plan.slug,
    // BibTeX keys allow letters, digits and _ only (tongnan_9, panzhihua_3_1_2).
    'citation-key': (measure ? `${plan.slug}_${measure.number}` : plan.slug).replace(/[^A-Za-z0-9_]/g, '_'),
    type: 'report',
    title: measure ? `${measureDesignation(plan, measure)} ${measure.title}` : meta.title,
    ...(measure ? { 'collection-title': meta.title } : {}),
    author: meta.issuers.map((literal) => ({ literal })),
    issued: { 'date-parts': dateParts(meta.dateIssued) },
    ...(meta.documentNumber ? { number: meta.documentNumber.value } : {}),
    genre: GENRE,
    publisher: issuerList(meta.issuers),
    'publisher-place': [meta.region.province, meta.region.city, meta.region.district].filter(Boolean).join(''),
    language: 'zh-CN',
    URL: url,
    ...(custom ? { custom } : {}),
  };
}

export type CitationFormat = 'ris' | 'bib' | 'csl.json';
export const CITATION_FORMATS: readonly CitationFormat[] = ['ris', 'bib', 'csl.json'];

/** Media types of the downloads (RIS and BibTeX have no registered type; these are the ones reference managers recognise). */
export const CITATION_MEDIA_TYPES: Readonly<Record<CitationFormat, string>> = {
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex',
  'csl.json': 'application/vnd.citationstyles.csl+json',
};

/**
 * The item as biblatex's @report takes it: a measure is a section of its plan, so the plan's title
 * is the title and the measure (第9条 积极参与碳金融市场发展) its section, which citation-js writes
 * as `pages` with `bookpagination = {section}`. A plan is its own item.
 */
export function biblatexItem(item: CslItem) {
  const { 'collection-title': plan, custom: _english, ...rest } = item;
  return plan ? { ...rest, title: plan, section: item.title } : rest;
}

/** The English of the title a format's entry carries: biblatex's entry of a measure is titled by its plan. */
function englishOfBibTitle(item: CslItem): string | undefined {
  return item['collection-title'] ? item.custom?.['translated-collection-title'] : item.custom?.['translated-title'];
}

/** A literal biblatex field value: the characters LaTeX reads as commands escaped. */
function biblatexLiteral(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/[&%$#_]/g, (c) => `\\${c}`);
}

/** One download, produced by citation-js from the CSL item. */
export function citationFile(item: CslItem, format: CitationFormat): string {
  if (format === 'ris') {
    const ris = new Cite(item).format('ris', { format: 'text' }) as string;
    // RIS has TT (translated title) beside TI. citation-js writes TT only for an item that is itself
    // a translation (with a translator), so the English is added here, after TI.
    const english = item.custom?.['translated-title'];
    return english ? ris.replace(/^(TI {2}- .*)$/m, `$1\nTT  - ${english.replace(/\s+/g, ' ')}`) : ris;
  }
  if (format === 'bib') {
    let bib = new Cite(biblatexItem(item)).format('biblatex', { format: 'text' }) as string;
    // biblatex's @report requires `type`; citation-js puts a CSL genre there only when it is one of
    // biblatex's own keys (techreport, resreport…), and a free genre such as 政府公文 into
    // `entrysubtype`, which @report does not use. No option changes that, so the field is renamed here
    // (citation-js reads `type` back as the genre).
    bib = bib.replace(/^(\s+)entrysubtype = \{/m, '$1type = {');
    // biblatex has no translated-title field (`origtitle` is the original of a translation, the
    // other way round); `titleaddon`, "an annex to the title", is in its data model for every entry
    // type and is printed right after the title, which gives APA's "Original title [English title]".
    // citation-js does not write it, so it is added here (checked with biber --validate-datamodel).
    const english = englishOfBibTitle(item);
    return english
      ? bib.replace(
          /^(\s+)title = \{(.*)\},$/m,
          (line, indent: string) => `${line}\n${indent}titleaddon = {[${biblatexLiteral(english)}]},`,
        )
      : bib;
  }
  return JSON.stringify([item], null, 2) + '\n';
}

/** APA (7th edition, the CSL style citation-js ships), English locale: APA is an English-language style. */
export function apaCitation(item: CslItem): string {
  const { custom: _english, ...csl } = item;
  return (new Cite(csl).format('bibliography', { template: 'apa', lang: 'en-US', format: 'text' }) as string).trim();
}

/**
 * APA for English pages: a work in another language is cited by its original title followed by
 * the English title in square brackets (APA 7, 9.38), for a measure's plan as for the measure.
 * apa.csl reads no translated-title variable (CSL 1.0.2 has none), so the bracketed English is
 * joined to the titles before citation-js formats the item. An item without English is cited as
 * apaCitation cites it.
 */
export function apaCitationEn(item: CslItem): string {
  const english = item.custom;
  if (!english) return apaCitation(item);
  const collection = item['collection-title'];
  const translatedCollection = english['translated-collection-title'];
  return apaCitation({
    ...item,
    title: `${item.title} [${english['translated-title']}]`,
    ...(collection && translatedCollection ? { 'collection-title': `${collection} [${translatedCollection}]` } : {}),
  });
}

export interface CitationParts {
  /** Everything before the access date. */
  head: string;
  /** Publication date in parentheses, e.g. (2023-03-30). */
  published: string;
  /** The URL, ending the citation. */
  url: string;
}

/**
 * GB/T 7714-2015 for an online document ([EB/OL]): 责任者. 题名: 其他题名信息[EB/OL]. (发布日期)[引用日期]. 获取路径.
 * Written by hand from the CSL item: no npm package carries the GB/T 7714 CSL style
 * (china-national-standard-gb-t-7714-2015-*), and the form needs only these fields.
 */
export function gbtCitation(item: CslItem): CitationParts {
  const [[y, m, d]] = item.issued['date-parts'];
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const document = item['collection-title'] ?? item.title;
  const number = item.number ? `: ${item.number}` : '';
  const part = item['collection-title'] ? `: ${item.title}` : '';
  return {
    head: `${citationAuthors(item.author.map((a) => a.literal))}. ${document}${number}${part}[EB/OL]. `,
    published: `(${date})`,
    url: item.URL,
  };
}

/** GB/T 7714 parts of a plan or measure citation. */
export function planCitation(plan: Plan, url: string, measure?: Measure): CitationParts {
  return gbtCitation(cslItem(plan, url, measure));
}

/** The citation as one line, with the date the reader accessed the page. */
export function citationText(parts: CitationParts, accessed: string): string {
  return `${parts.head}${parts.published}[${accessed}]. ${parts.url}.`;
}

/**
 * Highwire Press tags, read by Zotero's "Embedded Metadata" translator and Google Scholar. Checked
 * against the translator's HIGHWIRE_MAPPINGS (zotero/translators, Embedded Metadata.js, 2024):
 * citation_author once per issuing body; on a plan page citation_technical_report_institution (every
 * issuer; it also makes Zotero file the page as a Report) and the 文号 as
 * citation_technical_report_number; on a measure page the plan's title as citation_inbook_title,
 * which Zotero maps to publicationTitle and files as a Book Section (bookTitle = the plan), with the
 * issuers as citation_publisher. (citation_series_title maps to Zotero's `series`, a field a Report
 * does not have, so the plan's title was lost.) citation_language is the files' zh-CN. URL tags are
 * left out when the address is only site-relative.
 */
export function highwireTags(item: CslItem): [name: string, content: string][] {
  const [[y, m, d]] = item.issued['date-parts'];
  const tags: [string, string][] = [['citation_title', item.title]];
  for (const a of item.author) tags.push(['citation_author', a.literal]);
  tags.push(['citation_publication_date', `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`]);
  if (item['collection-title']) {
    tags.push(['citation_inbook_title', item['collection-title']]);
    tags.push(['citation_publisher', item.publisher]);
  } else {
    tags.push(['citation_technical_report_institution', item.publisher]);
  }
  if (item.number) tags.push(['citation_technical_report_number', item.number]);
  tags.push(['citation_language', item.language]);
  if (/^https?:\/\//.test(item.URL)) {
    tags.push(['citation_public_url', item.URL]);
    tags.push(['citation_abstract_html_url', item.URL]);
  }
  return tags;
}

/**
 * Everything a plan or measure page shows and declares about citing it. An English page cites its
 * own address (`locale`), with the English titles; the downloads are the same files for both editions.
 */
export function pageCitation(
  plan: Plan,
  site: URL | string | undefined,
  measure?: Measure,
  english?: EnglishTitles,
  locale: Locale = 'zh-CN',
) {
  const item = measure
    ? cslItem(plan, publicUrl(measurePath(measure, locale), site), measure, english)
    : cslItem(plan, publicUrl(planPath(plan.slug, locale), site), undefined, english);
  const file = (ext: 'json' | CitationFormat) =>
    measure ? measureDataPath(measure, ext) : planDataPath(plan.slug, ext);
  return {
    item,
    tags: highwireTags(item),
    downloads: { ris: file('ris'), bib: file('bib'), csl: file('csl.json') },
    json: file('json'),
  };
}
