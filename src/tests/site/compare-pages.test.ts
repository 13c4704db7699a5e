/**
 * The compare pages and what measure pages show of them, read from dist/ against the data the build
 * computed (the build context's counterparts and alignment): every link is on its pair's page and on
 * both measure pages, the words on every side are the plans' own, and reversed URLs redirect.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { comparable, pageExists, planWords, readDistText, readPage, requireBuild } from '#tests/built-site.ts';
import { loadContent } from '#lib/build/load.ts';
import { currentBuildContext } from '#lib/build/context.ts';
import { groupedRedline } from '#lib/compare/redline-view.ts';
import { compareAnchor, comparePath, compareMeasurePath, measureDataPath, measurePath } from '#lib/site/paths.ts';

const library = loadContent().library;
const counterparts = currentBuildContext().counterparts;
const alignment = currentBuildContext().alignment;
const plans = counterparts.plans;
const measure = (id: string) => library.measures.find((m) => m.id === id)!;
const planOf = (id: string) => id.split('/')[0]!;
const pages = new Map<string, HTMLElement>();
const page = (path: string) => {
  if (!pages.has(path)) pages.set(path, readPage(path));
  return pages.get(path)!;
};
const hrefs = (element: HTMLElement) => element.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);

beforeAll(requireBuild);

describe('compare pages', () => {
  it('exist for every pair, earlier plan first, and the reversed URL redirects there', () => {
    for (const [i, a] of plans.entries())
      for (const b of plans.slice(i + 1)) {
        const canonical = `/compare/${a}/${b}/`;
        expect(comparePath(b, a, plans)).toBe(canonical);
        expect(page(canonical).querySelector('h1')!.textContent).toContain(
          library.plans.find((p) => p.slug === a)!.meta.shortName,
        );
        const reversed = page(`/compare/${b}/${a}/`);
        expect(reversed.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(
          `0; url=${canonical}`,
        );
        expect(hrefs(reversed)).toContain(canonical);
      }
  });

  it('show every link of counterparts.json in the earlier measure’s row, and the later measure with its own row id', () => {
    expect(counterparts.links.length).toBeGreaterThan(0);
    for (const link of counterparts.links) {
      const from = measure(link.from);
      const to = measure(link.to);
      const html = page(comparePath(from.plan, to.plan, plans));
      const row = html.getElementById(compareAnchor(from))!;
      expect(row, link.from).toBeTruthy();
      const blocks = row.querySelectorAll('.counterpart').filter((b) => hrefs(b).includes(measurePath(to)));
      expect(blocks, `${link.from} → ${link.to}`).toHaveLength(1);
      expect(html.getElementById(compareAnchor(to)), link.to).toBeTruthy();
    }
  });

  it('list the earlier plan’s measures with no counterpart, then the later plan’s, then the earlier plan’s others in order', () => {
    for (const [i, a] of plans.entries())
      for (const b of plans.slice(i + 1)) {
        const html = page(comparePath(a, b, plans));
        const rows = html.querySelectorAll('article.compare-row').map((r) => r.id);
        const pairLinks = counterparts.links.filter((l) => planOf(l.from) === a && planOf(l.to) === b);
        const linkedTo = new Set(pairLinks.map((l) => l.to));
        const linkedFrom = new Set(pairLinks.map((l) => l.from));
        const earlier = library.plans.find((p) => p.slug === a)!.measures;
        const later = library.plans.find((p) => p.slug === b)!.measures.filter((m) => !linkedTo.has(m.id));
        // Each measure stands once: dropped and added measures in their sections before the rows.
        expect(rows).toEqual([
          ...earlier.filter((m) => !linkedFrom.has(m.id)).map(compareAnchor),
          ...later.map(compareAnchor),
          ...earlier.filter((m) => linkedFrom.has(m.id)).map(compareAnchor),
        ]);
      }
  });

  it('print the earlier text once, in the redline, which reads as the later text once deletions are taken out', () => {
    for (const link of counterparts.links) {
      const from = measure(link.from);
      const to = measure(link.to);
      const row = page(comparePath(from.plan, to.plan, plans)).getElementById(compareAnchor(from))!;
      const heading = row.querySelectorAll('.counterpart').find((b) => hrefs(b).includes(measurePath(to)))!;
      const block = heading.nextElementSibling!;
      expect(block.classList.contains('redline'), link.to).toBe(true);
      // Grouped for display (src/lib/compare/redline-view.ts); a name substitution stays one boxed unit.
      const shown = groupedRedline(link.redline);
      const count = (op: string) => shown.filter((o) => o.op === op).length;
      expect(block.querySelectorAll('.subst')).toHaveLength(count('substitute'));
      expect(block.querySelectorAll(':scope > del')).toHaveLength(count('delete'));
      expect(block.querySelectorAll(':scope > ins')).toHaveLength(count('insert'));
      // Without its insertions (and the later plan's label and units), the redline is the earlier substance.
      const earlier = block.clone() as HTMLElement;
      for (const ins of earlier.querySelectorAll('ins')) ins.remove();
      expect(comparable(earlier.textContent), link.from).toContain(comparable(from.substance));
      // Without its deletions, it is the later measure as printed.
      const later = block.clone() as HTMLElement;
      for (const del of later.querySelectorAll('del')) del.remove();
      expect(comparable(later.textContent), link.to).toBe(comparable(to.paragraphs.join('')));
    }
  });

  it('stay under 800 elements in both editions, the largest pair page included', () => {
    const pairs = [...currentBuildContext().counterpartIndex.pairPages].map(
      (key) => key.split(' ') as [string, string],
    );
    const sizes = pairs.flatMap(([a, b]) =>
      [comparePath(a, b, plans), comparePath(a, b, plans, 'en')].map(
        (path) => [path, page(path).querySelectorAll('*').length] as const,
      ),
    );
    expect(sizes).toHaveLength(2 * pairs.length);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [path, size] of sizes) expect(size, path).toBeLessThan(800);
  });
});

describe('measure pages', () => {
  it('list every counterpart with a link to its measure and to its row on the compare page', () => {
    for (const link of counterparts.links) {
      for (const [self, other] of [
        [measure(link.from), measure(link.to)],
        [measure(link.to), measure(link.from)],
      ] as const) {
        const related = page(measurePath(self)).querySelector('.related-measures')!;
        const item = related
          .querySelectorAll('.related-measures__links li')
          .find((li) => hrefs(li).includes(measurePath(other)));
        expect(item, `${self.id} lists ${other.id}`).toBeTruthy();
        expect(hrefs(item!)).toContain(compareMeasurePath(self, other.plan, plans));
        expect(item!.querySelector('.kind-badge')!.hasAttribute('data-editorial')).toBe(true);
      }
    }
  });

  it('show shared passages marked, with notes linking to the measures they also stand in, and nothing added to the words', () => {
    const shared = Object.keys(alignment.sharedText);
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) {
      const m = measure(id);
      const html = page(measurePath(m));
      const text = html.querySelector('.measure-page__text')!;
      expect(comparable(planWords(text))).toBe(comparable(m.paragraphs.join('')));
      expect(text.querySelectorAll('mark.shared').length, id).toBeGreaterThan(0);
      const notes = text.querySelectorAll('.shared-notes > li');
      expect(notes.length, id).toBeGreaterThan(0);
      for (const ref of text.querySelectorAll('a.shared-ref')) {
        expect(ref.textContent).toBe(''); // the number is generated content: never copied with the text
        const note = html.getElementById(ref.getAttribute('href')!.slice(1))!;
        const targets = hrefs(note).filter((h) => h.startsWith('/plans/'));
        expect(targets.length, id).toBeGreaterThan(0);
        for (const target of targets) expect(target.startsWith(`/plans/${m.plan}/`)).toBe(false);
      }
    }
  });
});

describe('reuse grid', () => {
  it('links each cell to the compare page of its pair', () => {
    const table = page('/reuse/').querySelector('#reuse-table')!;
    const links = table.querySelectorAll('td a').map((a) => a.getAttribute('href')!);
    expect(links).toHaveLength(plans.length * (plans.length - 1));
    for (const href of links) expect(pageExists(href), href).toBe(true);
    for (const a of plans) for (const b of plans) if (a !== b) expect(links).toContain(comparePath(a, b, plans));
  });
});

describe('measure data files', () => {
  it('list every counterpart link of the measure, on both sides, with its kind and compare row', () => {
    for (const link of counterparts.links) {
      for (const [id, other, side] of [
        [link.from, link.to, 'later'],
        [link.to, link.from, 'earlier'],
      ] as const) {
        const doc = JSON.parse(readDistText(measureDataPath(measure(id)))) as {
          counterparts: { measure: string; side: string; kind: string; compare: string }[];
        };
        const entry = doc.counterparts.find((c) => c.measure === other);
        expect(entry, `${id} → ${other}`).toMatchObject({
          side,
          kind: link.kind,
          compare: compareMeasurePath(measure(id), planOf(other), plans),
        });
      }
    }
  });
});
