/**
 * The compare views on the real library and a small hand-made set of links (so these tests do not
 * depend on the counterpart algorithm): routes and URLs, one pair's rows and summary, the merged
 * list of a measure page, the lineage, and the editorial note on who is earlier.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { chronologicalPlans } from './counterparts.ts';
import type { CounterpartLink, Counterparts, LinkKind } from './types.ts';
import {
  basisInLibrary,
  compareIndexPage,
  pairPage,
  everyPairHasPage,
  hasPairPage,
  pairCount,
  indexCounterparts,
  pairRoutes,
  pairView,
  provenanceNote,
  relatedMeasures,
  strengthBadge,
} from './views.ts';
import { lineage, sharedExternalBasis } from './lineage.ts';
import { compareAnchor, comparePath, compareMeasurePath, measurePath } from '#lib/site/paths.ts';

const content = loadContent();
const { library, translations, agencies, scale } = content;
const plans = chronologicalPlans(library);
const measure = (id: string) => library.measures.find((m) => m.id === id)!;
const planOf = (slug: string) => library.plans.find((p) => p.slug === slug)!;

function link(from: string, to: string, kind: LinkKind, fromShare: number, toShare: number): CounterpartLink {
  return {
    from,
    to,
    kind,
    fromShare,
    toShare,
    substitutions: [],
    fromPassages: [],
    toPassages: [],
    redline: [{ op: 'equal', text: measure(to).substance }],
    units: { leadAdded: [], leadRemoved: [], responsibleAdded: [], responsibleRemoved: [] },
    strength: kind === 'copied' ? [{ kind: 'verb', from: '建立', to: '探索建立', direction: 'weaker' }] : [],
  };
}

const fixture: Counterparts = {
  plans,
  links: [
    link('chongqing/2.1', 'tongnan/1', 'adapted', 0.5, 0.4),
    link('tongnan/2', 'shapingba/1', 'partial', 0.2, 0.3),
    link('tongnan/7', 'rongchang/7', 'copied', 0.9, 0.8),
    link('tongnan/10', 'rongchang/10', 'adapted', 0.6, 0.5),
    link('tongnan/11', 'rongchang/10', 'partial', 0.3, 0.7),
  ],
  pairs: [
    {
      earlier: 'tongnan',
      later: 'rongchang',
      copied: 1,
      adapted: 1,
      partial: 1,
      common: 0,
      earlierLinked: 3,
      laterLinked: 2,
      earlierCarried: 0.123,
      laterFromEarlier: 0.456,
      changes: { verb: 1, actor: 0, action: 0, number: 0, deadline: 0, target: 0, lead: 0 },
    },
  ],
};
const index = indexCounterparts(fixture, (slug) => basisInLibrary(library, slug));

describe('compare URLs', () => {
  it('name the earlier plan first whatever the order asked, and anchor rows by measure', () => {
    expect(plans.slice(0, 4)).toEqual(['chongqing', 'tongnan', 'shapingba', 'rongchang']);
    for (const a of plans)
      for (const b of plans) {
        if (a === b) continue;
        const [first, second] = plans.indexOf(a) < plans.indexOf(b) ? [a, b] : [b, a];
        expect(comparePath(a, b, plans)).toBe(`/compare/${first}/${second}/`);
      }
    expect(compareAnchor(measure('panzhihua/3.1.2'))).toBe('panzhihua-3-1-2');
    expect(compareMeasurePath(measure('rongchang/7'), 'tongnan', plans)).toBe(
      '/compare/tongnan/rongchang/#rongchang-7',
    );
  });

  it('route every ordered pair once in a small library: the chronological order is the page, the other a redirect to it', () => {
    const routes = pairRoutes(index);
    expect(routes).toHaveLength(plans.length * (plans.length - 1));
    const canonical = routes.filter((r) => r.props.canonical);
    expect(canonical).toHaveLength((plans.length * (plans.length - 1)) / 2);
    for (const r of routes) {
      expect(`/compare/${r.props.earlier}/${r.props.later}/`).toBe(comparePath(r.params.a, r.params.b, plans));
      expect(r.props.canonical).toBe(r.params.a === r.props.earlier);
      expect(hasPairPage(index, r.params.a, r.params.b)).toBe(true);
    }
    expect(everyPairHasPage(index)).toBe(true);
    expect(pairCount(index)).toBe(canonical.length);
  });
});

describe('a pair of plans', () => {
  const view = pairView(library, index, 'tongnan', 'rongchang');

  it('lists the earlier plan in its order with counterparts, then the later plan’s unmatched measures', () => {
    expect(view.rows.map((r) => r.measure.id)).toEqual(planOf('tongnan').measures.map((m) => m.id));
    const row = (id: string) => view.rows.find((r) => r.measure.id === id)!;
    expect(row('tongnan/7').counterparts.map((c) => c.measure.id)).toEqual(['rongchang/7']);
    expect(row('tongnan/11').counterparts.map((c) => c.measure.id)).toEqual(['rongchang/10']);
    expect(row('tongnan/2').counterparts).toEqual([]); // its link goes to 沙坪坝, not 荣昌
    const linkedLater = new Set(fixture.links.filter((l) => l.to.startsWith('rongchang/')).map((l) => l.to));
    expect(view.onlyInB.map((m) => m.id)).toEqual(
      planOf('rongchang')
        .measures.map((m) => m.id)
        .filter((id) => !linkedLater.has(id)),
    );
    // 荣昌 10 stands under 潼南 10 and 11; its row id goes where it first appears.
    expect(view.firstAppearance.get('rongchang/10')!.from).toBe('tongnan/10');
  });

  it('summarises links by kind, one-sided measures and the share of text carried each way', () => {
    const s = view.summary;
    expect([s.copied, s.adapted, s.partial]).toEqual([1, 1, 1]);
    expect(s.onlyInA).toBe(planOf('tongnan').measures.length - 3);
    expect(s.onlyInB).toBe(planOf('rongchang').measures.length - 2);
    expect(s.changes.verb).toBe(1);
    // The shares are the pair's, as the counterpart step measured them over the aligned passages.
    expect([s.aCarriedIntoB, s.bFoundInA]).toEqual([0.123, 0.456]);
    expect(pairView(library, index, 'tongnan', 'shapingba').summary.aCarriedIntoB).toBe(0);
  });
});

describe('a measure page’s related measures', () => {
  it('lists counterparts per plan, and the same-topic measure only where it is not already a counterpart', () => {
    const closest = [
      { plan: 'rongchang', measure: 'rongchang/10', score: 0.5, sharedTopics: ['x'], belowFloor: false },
      { plan: 'shapingba', measure: 'shapingba/3', score: 0.2, sharedTopics: ['x'], belowFloor: false },
      { plan: 'chongqing', measure: null, score: null, sharedTopics: [], belowFloor: false },
      { plan: 'panzhihua', measure: 'panzhihua/2.1', score: 0.1, sharedTopics: ['x'], belowFloor: false },
    ];
    const related = relatedMeasures(library, index, closest, 'tongnan/11');
    expect(related.map((r) => r.plan)).toEqual(plans.filter((p) => p !== 'tongnan'));
    const rongchang = related.find((r) => r.plan === 'rongchang')!;
    expect(rongchang.counterparts.map((c) => [c.other.id, c.side])).toEqual([['rongchang/10', 'later']]);
    expect(rongchang.sameTopic).toBeNull();
    expect(related.find((r) => r.plan === 'shapingba')!.sameTopic?.measure).toBe('shapingba/3');
    const earlierSide = relatedMeasures(library, index, [], 'rongchang/10').find((r) => r.plan === 'tongnan')!;
    expect(earlierSide.counterparts.map((c) => [c.other.id, c.side])).toEqual([
      ['tongnan/10', 'earlier'],
      ['tongnan/11', 'earlier'],
    ]);
  });

  it('lists only plans with a counterpart or a closest same-topic measure, so the list does not grow with the library', () => {
    const linked = relatedMeasures(library, index, [], 'rongchang/10');
    expect(linked.map((r) => r.plan)).toEqual(['tongnan']);
    expect(linked[0]!.comparePage).toBe(true);
    expect(relatedMeasures(library, index, [], 'tongnan/24')).toEqual([]);
  });

  it('labels strength changes editorially with what moved and which way', () => {
    expect(strengthBadge({ kind: 'verb', from: '建立', to: '探索建立', direction: 'weaker' })).toEqual({
      label: '措辞减弱',
      detail: '建立 → 探索建立',
    });
    expect(strengthBadge({ kind: 'deadline', from: '2025年', to: null, direction: 'dropped' }).detail).toBe(
      '删去“2025年”',
    );
  });
});

describe('lineage', () => {
  const view = lineage(library, index);

  it('orders the plans by date and marks the plan outside the master plan’s province as a control', () => {
    expect(view.plans.map((p) => p.plan.slug)).toEqual(plans);
    const dates = view.plans.map((p) => p.plan.meta.dateIssued);
    expect([...dates].sort()).toEqual(dates);
    expect(view.plans.filter((p) => p.control).map((p) => p.plan.slug)).toEqual(
      library.plans
        .filter((p) => p.meta.region.province !== planOf('chongqing').meta.region.province)
        .map((p) => p.slug),
    );
  });

  it('has a flow for every earlier → later pair, equal to that pair’s summary', () => {
    expect(view.flows).toHaveLength((plans.length * (plans.length - 1)) / 2);
    const flow = view.flows.find((f) => f.earlier === 'tongnan' && f.later === 'rongchang')!;
    expect(flow.links).toBe(3);
    expect(flow.laterFromEarlier).toBe(pairView(library, index, 'tongnan', 'rongchang').summary.bFoundInA);
  });

  it('says for each master-plan measure which districts carried it, and each plan’s own additions', () => {
    const row = view.masterCarry.find((r) => r.measure.id === 'chongqing/2.1')!;
    expect(row.carried.map((c) => [c.district, c.kind])).toEqual(
      view.districts.map((d) => [d.slug, d.slug === 'tongnan' ? 'adapted' : 'absent']),
    );
    const rongchang = view.additions.find((a) => a.plan.slug === 'rongchang')!;
    expect(rongchang.measures.map((m) => m.id)).not.toContain('rongchang/7');
    expect(rongchang.measures).toHaveLength(planOf('rongchang').measures.length - 2);
  });

  it('attributes district text absent from the master plan to the document both districts cite', () => {
    const basis = sharedExternalBasis(planOf('tongnan'), planOf('shapingba'))!;
    expect(basis.documentNumber).toBe('渝府办发〔2023〕13号');
    const external = view.external.find((e) => e.earlier === 'tongnan' && e.later === 'shapingba')!;
    expect(external.links.map((l) => l.from)).toEqual(['tongnan/2']);
    expect(sharedExternalBasis(planOf('chongqing'), planOf('tongnan'))).toBeUndefined();
  });
});

describe('the compare index page', () => {
  const page = compareIndexPage({ library, counterpartIndex: index, translations });
  const view = lineage(library, index);

  it('links every pair with a page once, and the table has a row per flow linking its pair page', () => {
    expect(page.pairs.list!.map((p) => p.href).sort()).toEqual(
      [...index.pairPages].map((key) => comparePath(...(key.split(' ') as [string, string]), index.plans)).sort(),
    );
    expect(page.pairs.note).toBeNull();
    expect(page.lineage.table.rows.map((r) => r.href)).toEqual(
      view.flows.map((f) => comparePath(f.earlier, f.later, index.plans)),
    );
  });

  it('charts every flow in a small library and describes each bar in words', () => {
    expect(page.lineage.chart.geometry.bars).toHaveLength(view.flows.length);
    for (const f of view.flows) expect(page.lineage.chart.description).toContain(planOf(f.later).meta.shortName);
  });

  it('links a master-plan measure to the compare page where a pair page exists, else to the measure', () => {
    const row = page.master!.rows.find((r) => r.href.endsWith('/chongqing/2.1/'))!;
    const tongnan = row.cells[view.districts.findIndex((d) => d.slug === 'tongnan')]!;
    expect(tongnan.kind).toBe('adapted');
    expect(tongnan.href).toBe(
      hasPairPage(index, 'chongqing', 'tongnan')
        ? compareMeasurePath(measure('chongqing/2.1'), 'tongnan', index.plans)
        : measurePath(measure('tongnan/1')),
    );
    expect(row.cells.filter((c) => c.kind === null)).toHaveLength(view.districts.length - 1);
  });

  it('lists each plan’s own additions one by one in a small library', () => {
    const rongchang = page.additions.plans.find((a) => a.id === 'additions-rongchang')!;
    expect(rongchang.measures).toHaveLength(planOf('rongchang').measures.length - 2);
    expect(rongchang.heading).toContain(String(planOf('rongchang').measures.length - 2));
  });
});

describe('a pair page', () => {
  const ctx = { library, counterpartIndex: index, translations, agencies, scale };

  it('redirects the reversed order to the canonical page', () => {
    const { redirect, page } = pairPage(ctx, { canonical: false, earlier: 'tongnan', later: 'rongchang' });
    expect(page).toBeNull();
    expect(redirect!.to).toBe(comparePath('tongnan', 'rongchang', index.plans));
  });

  it('gives every counterpart its block and its own anchor, and sums the links in the summary', () => {
    const { page } = pairPage(ctx, { canonical: true, earlier: 'tongnan', later: 'rongchang' });
    const blocks = page!.rows.flatMap((r) => r.counterparts);
    expect(blocks).toHaveLength(3);
    const ids = blocks.map((b) => b.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(page!.summary.items.slice(0, 3).map((i) => i.value)).toEqual([1, 1, 1]);
    const copied = blocks.find((b) => b.kind === 'copied')!;
    // The block's editorial line names the change with what moved.
    const notes = copied.notes.map((piece) => piece.text).join('');
    expect(notes).toContain('措辞减弱');
    expect(notes).toContain('建立 → 探索建立');
    // Measures with no counterpart stand once, in their own section, not among the rows.
    expect(page!.onlyInA).toHaveLength(planOf('tongnan').measures.length - 3);
    expect(page!.rows).toHaveLength(3);
    // Every count of the summary links to a section of the page, and each list holds as many rows as it counts.
    for (const list of page!.changes.lists) expect(list.items).toHaveLength(list.count);
    const targets = new Set([
      page!.onlyInAId,
      page!.onlyInBId,
      page!.overlap.id,
      ...page!.changes.lists.map((l) => l.id),
    ]);
    for (const item of page!.summary.items) expect(targets).toContain(item.href.slice(1));
  });
});

describe('provenance note', () => {
  it('says which plan is earlier and what that implies', () => {
    const [tongnan, rongchang, chongqing, panzhihua] = ['tongnan', 'rongchang', 'chongqing', 'panzhihua'].map(planOf);
    const peer = provenanceNote(tongnan!, rongchang!, sharedExternalBasis(tongnan!, rongchang!));
    expect(peer).toContain('早于荣昌');
    expect(peer).toContain('渝府办发〔2023〕13号');
    expect(provenanceNote(chongqing!, tongnan!)).toContain('依据');
    expect(provenanceNote(rongchang!, panzhihua!)).toContain('不在同一省份');
  });
});

/**
 * Every string of a view a page shows as interface or editorial words, with where it stands: the
 * plan's own words (a measure, a redline, its label and units, in objects marked lang zh-CN) and
 * pieces marked Chinese are left out, as the template marks them lang="zh-CN".
 */
function shownWords(value: unknown, path = '', parent?: Record<string, unknown>): [string, string][] {
  const key = path.split('.').pop()!;
  if (key === 'measure' || key === 'geometry') return [];
  if (parent?.lang === 'zh-CN' && ['redline', 'units', 'label'].includes(key)) return [];
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => shownWords(v, `${path}.${i}`, parent));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.zh === true) return [];
    return Object.entries(record).flatMap(([k, v]) => shownWords(v, `${path}.${k}`, record));
  }
  return [];
}
const HAN = /\p{Script=Han}/u;
/** Internal page links of a view: every `href` that is a path on this site. */
const pageLinks = (words: [string, string][]) =>
  words.filter(([path, v]) => path.endsWith('.href') && v.startsWith('/')).map(([, v]) => v);

describe('the compare views in both editions', () => {
  const content = { library, counterpartIndex: index, translations, agencies, scale };
  const english = (slug: string) => translations.bySlug.get(slug)!.shortName;

  it('name the plans in English, link to English pages and show no Han outside the plans’ own words', () => {
    const { page, redirect } = pairPage(content, { canonical: true, earlier: 'tongnan', later: 'rongchang' }, 'en');
    expect(redirect).toBeNull();
    expect(page!.heading).toContain(english('tongnan'));
    expect(page!.heading).toContain(english('rongchang'));
    const words = shownWords(page);
    expect(words.filter(([, v]) => HAN.test(v))).toEqual([]);
    const links = pageLinks(words);
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) expect(href.startsWith('/en/'), href).toBe(true);
    // The plans' words stay Chinese, marked as such, with the English translation beside them.
    const block = page!.rows[0]!.counterparts[0]!;
    expect(block.lang).toBe('zh-CN');
    expect(block.redline.some((op) => 'text' in op && HAN.test(op.text))).toBe(true);
    expect(page!.rows[0]!.english!.text).toContain(english('tongnan'));
    expect(HAN.test(page!.rows[0]!.english!.text)).toBe(false);
  });

  it('keep the Chinese page Chinese, with no English translation and no /en/ link', () => {
    const { page } = pairPage(content, { canonical: true, earlier: 'tongnan', later: 'rongchang' });
    expect(page!.heading).toContain(planOf('tongnan').meta.shortName);
    expect(page!.rows.every((row) => row.english === null)).toBe(true);
    expect(page!.rows[0]!.counterparts[0]!.lang).toBeUndefined();
    for (const href of pageLinks(shownWords(page))) expect(href.startsWith('/en/'), href).toBe(false);
  });

  it('redirect the reversed English URL to the English canonical page, in English', () => {
    const { redirect } = pairPage(content, { canonical: false, earlier: 'tongnan', later: 'rongchang' }, 'en');
    expect(redirect!.to).toBe(comparePath('tongnan', 'rongchang', index.plans, 'en'));
    expect(redirect!.to.startsWith('/en/compare/')).toBe(true);
    expect(redirect!.lang).toBe('en');
    expect(HAN.test(redirect!.title + redirect!.before + redirect!.after)).toBe(false);
  });

  it('give the compare index in English: English names, English links, Chinese only where marked', () => {
    const page = compareIndexPage(content, 'en');
    const words = shownWords(page);
    expect(words.filter(([, v]) => HAN.test(v))).toEqual([]);
    for (const href of pageLinks(words)) expect(href.startsWith('/en/'), href).toBe(true);
    expect(page.lineage.plans.map((p) => p.name)).toEqual(plans.map(english));
    expect(page.pairs.picker.plans.map((p) => p.name)).toEqual(plans.map(english));
  });

  it('name the unit changes of a counterpart by the registry’s English on English pages', () => {
    const from = measure('tongnan/7');
    const to = measure('rongchang/7');
    const real: CounterpartLink = {
      ...link('tongnan/7', 'rongchang/7', 'adapted', 0.9, 0.9),
      units: { leadAdded: [to.units!.lead[0]!], leadRemoved: [], responsibleAdded: [], responsibleRemoved: [] },
    };
    const only = indexCounterparts({ ...fixture, links: [real] }, (slug) => basisInLibrary(library, slug));
    const view = (locale: 'zh-CN' | 'en') =>
      pairPage(
        { ...content, counterpartIndex: only },
        { canonical: true, earlier: 'tongnan', later: 'rongchang' },
        locale,
      )
        .page!.rows[0]!.counterparts[0]!.notes.map((piece) => piece.text)
        .join('');
    expect(view('zh-CN')).toContain(to.units!.lead[0]!);
    expect(view('en')).toContain(agencies.resolve('rongchang', to.units!.lead[0]!)!.nameEn);
    expect(from.plan).toBe('tongnan');
  });
});
