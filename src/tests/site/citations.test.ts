/**
 * What reference managers read from the built site: the Highwire citation_* tags of every plan and
 * measure page against the plan's frontmatter, and every RIS, BibTeX and CSL-JSON download read
 * back by citation-js. Also the head every page carries (description, Open Graph, Twitter card).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { loadContent } from '#lib/build/load.ts';
import { allPages, isRedirect, readDistText, readPage, requireBuild } from '#tests/built-site.ts';
import type { HTMLElement } from 'node-html-parser';
import { editionOf } from '#lib/site/paths.ts';

const library = loadContent().library;
const pages = library.plans.flatMap((plan) => [
  { plan, path: `/plans/${plan.slug}/`, data: `/data/plans/${plan.slug}`, measure: undefined },
  ...plan.measures.map((measure) => ({
    plan,
    path: `/plans/${plan.slug}/${measure.number}/`,
    data: `/data/measures/${plan.slug}/${measure.number}`,
    measure,
  })),
]);

beforeAll(requireBuild);

function metaValues(page: HTMLElement, name: string): string[] {
  return page.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`).map((m) => m.getAttribute('content')!);
}

describe('citation_* tags', () => {
  it('on every plan and measure page match the plan’s frontmatter', () => {
    for (const { plan, path, measure } of pages) {
      const page = readPage(path);
      const { meta } = plan;
      expect(metaValues(page, 'citation_author'), path).toEqual(meta.issuers);
      expect(metaValues(page, 'citation_publication_date'), path).toEqual([meta.dateIssued.replace(/-/g, '/')]);
      expect(metaValues(page, 'citation_technical_report_number'), path).toEqual(
        meta.documentNumber ? [meta.documentNumber.value] : [],
      );
      // The language the citation files give (zh-CN), not a shorter tag of its own.
      expect(metaValues(page, 'citation_language'), path).toEqual(['zh-CN']);
      const title = metaValues(page, 'citation_title')[0]!;
      // Every issuer of a jointly issued plan, in the plan's order.
      const issuers = meta.issuers.join('、');
      if (measure) {
        expect(title, path).toContain(measure.title);
        // Where Zotero's Embedded Metadata translator keeps the plan's title (publicationTitle).
        expect(metaValues(page, 'citation_inbook_title'), path).toEqual([meta.title]);
        expect(metaValues(page, 'citation_publisher'), path).toEqual([issuers]);
      } else {
        expect(title, path).toBe(meta.title);
        expect(metaValues(page, 'citation_technical_report_institution'), path).toEqual([issuers]);
      }
      // Built without SITE_URL: no absolute-only tag.
      expect(metaValues(page, 'citation_public_url'), path).toEqual([]);
    }
  });

  it('point each page to its JSON record, which describes the same plan or measure', () => {
    for (const { plan, path, data, measure } of pages) {
      const href = readPage(path).querySelector('link[rel="alternate"][type="application/json"]')?.getAttribute('href');
      expect(href, path).toBe(`${data}.json`);
      const record = JSON.parse(readDistText(href!));
      expect(record.citation.title, path).toBe(metaValues(readPage(path), 'citation_title')[0]);
      expect(measure ? record.id : record.slug, path).toBe(measure ? measure.id : plan.slug);
    }
  });
});

describe('citation downloads', () => {
  it.each(['ris', 'bib', 'csl.json'])(
    'read back through citation-js as %s with title, author, date and URL',
    (format) => {
      for (const { plan, path, data, measure } of pages) {
        const file = `${data}.${format}`;
        const [item] = new Cite(readDistText(file)).data;
        const measureTitle = measure ? metaValues(readPage(path), 'citation_title')[0] : undefined;
        const english = JSON.parse(readDistText(`${data}.json`)).citation.custom['translated-title'];
        if (format === 'bib') {
          // biblatex's @report: the plan is the title, a measure its section.
          expect(item!.title, file).toBe(plan.meta.title);
          expect(item!.section, file).toBe(measureTitle);
        } else if (format === 'ris') {
          // TI is the Chinese title and TT (translated title) the English; citation-js reads a record
          // with TT as a translation, so the Chinese comes back as original-title.
          expect(item!['original-title'], file).toBe(measureTitle ?? plan.meta.title);
          expect(item!.title, file).toBe(english);
        } else {
          expect(item!.title, file).toBe(measureTitle ?? plan.meta.title);
        }
        for (const issuer of plan.meta.issuers) expect(JSON.stringify(item!.author), file).toContain(issuer);
        expect((item!.author as unknown[]).length, file).toBe(plan.meta.issuers.length);
        expect(item!.publisher, file).toBe(plan.meta.issuers.join('、'));
        const [y, m, d] = plan.meta.dateIssued.split('-').map(Number);
        expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0], file).toEqual([y, m, d]);
        expect(item!.URL, file).toBe(path);
      }
    },
  );
});

describe('every page’s head', () => {
  it('has a description, Open Graph and Twitter card tags, and no two measure pages share a description', () => {
    const descriptions = new Map<string, string>();
    for (const path of allPages()) {
      const page = readPage(path);
      // A redirect page (a reversed compare URL) is not shared: it only says where to go, unindexed.
      if (isRedirect(path)) {
        expect(metaValues(page, 'robots'), path).toEqual(['noindex']);
        continue;
      }
      const description = metaValues(page, 'description')[0];
      expect(description, path).toBeTruthy();
      expect(metaValues(page, 'og:title')[0], path).toBeTruthy();
      expect(metaValues(page, 'og:description'), path).toEqual([description]);
      // Each edition says its own language and names the other's.
      const [locale, other] = editionOf(path) === 'en' ? ['en_GB', 'zh_CN'] : ['zh_CN', 'en_GB'];
      expect(metaValues(page, 'og:locale'), path).toEqual([locale]);
      expect(metaValues(page, 'og:locale:alternate'), path).toEqual([other]);
      expect(metaValues(page, 'og:site_name')[0], path).toBeTruthy();
      expect(metaValues(page, 'twitter:card'), path).toEqual(['summary_large_image']);
      // Built without SITE_URL: canonical and og:url need an absolute address, so they are left out.
      expect(page.querySelector('link[rel="canonical"]'), path).toBeNull();
      if (/^(\/en)?\/plans\/[^/]+\/[^/]+\/$/.test(path)) {
        expect(descriptions.get(description!), `${path} shares its description`).toBeUndefined();
        descriptions.set(description!, path);
      }
    }
    expect(descriptions.size).toBe(library.measures.length * 2);
  });
});
