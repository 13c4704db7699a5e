import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadContent, CONTENT_DIR } from '#lib/build/load.ts';
import { contextOf } from '#lib/build/context.ts';
import { compareText } from './compare.ts';
import { draftPlan } from './draft.ts';
import { comparisonJson, comparePasted, pasteLibrary, pasteRows, sourceDigest } from './paste.ts';
import { compareTextPage } from './views.ts';
import { fileText, pastedText, PASTE_MAX_BYTES } from './paste-input.ts';

const tables = loadContent(CONTENT_DIR);
const yaml = (file: string) => readFileSync(join(CONTENT_DIR, file), 'utf8');
/** The library file as the page fetches it: through JSON, blocks dropped. */
const shipped = JSON.parse(
  JSON.stringify(pasteLibrary(tables.library.plans, tables.sources, tables.compareYaml, tables.topics.topics)),
);
const district = tables.library.plans.find((p) => p.meta.level === 'district-plan')!;
const sourceText = tables.sources[district.meta.source]!;

test('the browser comparison of a plan source gives the rows of the command, with the plan itself left out', () => {
  const outcome = comparePasted(sourceText, shipped);
  if (!outcome.ok) throw new Error(outcome.problem);
  const plan = draftPlan(sourceText, { slug: 'text', sourceName: 'text.txt', library: [] }).plan!;
  const scale = tables.scale;
  const direct = compareText(
    plan,
    tables.library,
    { agenciesYaml: yaml('agencies.yaml'), namesYaml: yaml('name-equivalents.yaml'), scale, targets: tables.targets },
    [district.slug],
  );
  expect(outcome.result.excluded).toEqual([district.slug]);
  expect(comparisonJson(outcome.result)).toEqual(comparisonJson(direct));
  expect(comparisonJson(direct).links.length).toBeGreaterThan(0);
}, 20_000);

test('empty text and a text with nothing to compare are named, not thrown', () => {
  expect(comparePasted('  \n\uFEFF', shipped)).toEqual({ ok: false, problem: 'empty' });
  expect(comparePasted('\uFEFF\n  \n', shipped)).toEqual({ ok: false, problem: 'empty' });
});

test('a pasted source is recognised by its digest whatever its layout markers', () => {
  expect(sourceDigest(sourceText)).toBe(shipped.sources[district.slug]);
  expect(sourceDigest(sourceText + '\n\n')).not.toBe(sourceDigest(sourceText.slice(0, 200)));
});

test('the rows link each counterpart to its measure page with its title and plan name', () => {
  const outcome = comparePasted(sourceText, shipped);
  if (!outcome.ok) throw new Error(outcome.problem);
  const rows = pasteRows(outcome.result, shipped);
  const linked = rows.measures.flatMap((m) => m.links);
  expect(linked.length).toBe(comparisonJson(outcome.result).links.length);
  for (const link of linked) {
    const measure = tables.library.measure(link.measure);
    expect(link.href).toBe(`/plans/${measure.plan}/${measure.number}/`);
    expect(link.title).toBe(measure.title);
    expect(link.planName).toBe(tables.library.plan(measure.plan).meta.shortName);
  }
}, 20_000);

test('a chosen file is read as UTF-8, or its problem is named: GBK, not text, too large, empty', () => {
  const gbk = Uint8Array.from(
    Array.from({ length: 20 }, () => [0xc2, 0xcc, 0xc9, 0xab, 0xbd, 0xf0, 0xc8, 0xda]).flat(),
  );
  expect(fileText(gbk)).toEqual({ ok: false, problem: 'gbk' });
  expect(fileText(Uint8Array.from([0xff, 0xfe, 0x00, 0x41, 0x00]))).toEqual({ ok: false, problem: 'notUtf8' });
  expect(fileText(new TextEncoder().encode('\uFEFF \n'))).toEqual({ ok: false, problem: 'empty' });
  expect(fileText(new Uint8Array(PASTE_MAX_BYTES + 1))).toMatchObject({
    ok: false,
    problem: 'tooLarge',
    megabytes: '2.0',
  });
  expect(fileText(new TextEncoder().encode(sourceText))).toEqual({ ok: true, text: sourceText });
  expect(pastedText('绿'.repeat(700_000))).toMatchObject({ ok: false, problem: 'tooLarge', megabytes: '2.1' });
});

test('the page view carries its words and points the script at its library file', () => {
  const view = compareTextPage();
  expect(view.libraryHref).toBe('/compare/text/library.json');
  expect(JSON.parse(view.clientWordsJson)['compareText.problem.gbk']).toContain('GBK');
  expect(JSON.parse(view.clientWordsJson)['compare.kind.copied']).toBeTruthy();
});

test('the share of a pasted plan source in each other plan is the build’s 对应文字比例 of the pair, and every plan compared is listed', () => {
  const outcome = comparePasted(sourceText, shipped);
  if (!outcome.ok) throw new Error(outcome.problem);
  const others = tables.library.plans.filter((p) => p.slug !== district.slug).map((p) => p.slug);
  expect(outcome.result.shares.map((s) => s.plan).sort()).toEqual([...others].sort());
  const ctx = contextOf(tables);
  for (const s of outcome.result.shares) {
    const pair = ctx.counterparts.pairs.find(
      (p) => [p.earlier, p.later].includes(s.plan) && [p.earlier, p.later].includes(district.slug),
    );
    const built = pair ? (pair.earlier === district.slug ? pair.earlierCarried : pair.laterFromEarlier) : 0;
    expect([s.plan, s.share]).toEqual([s.plan, built]);
  }
}, 20_000);

test('the rows anchor every measure of the text, list the unmatched ones by anchor, and name the untouched topics with their pages', () => {
  const outcome = comparePasted(sourceText, shipped);
  if (!outcome.ok) throw new Error(outcome.problem);
  const rows = pasteRows(outcome.result, shipped);
  expect(new Set(rows.measures.map((m) => m.anchor)).size).toBe(rows.measures.length);
  const unmatched = rows.measures.filter((m) => m.links.length === 0);
  expect(rows.unmatched).toEqual(unmatched.map((m) => ({ label: m.label, title: m.title, anchor: m.anchor })));
  // Untouched: no measure of the topic (in the plans compared) is a counterpart of any measure of the text.
  const counterparts = new Set(rows.measures.flatMap((m) => m.links.map((l) => l.measure)));
  const expected = tables.topics.topics.filter((t) => {
    const compared = t.measures.filter((id) => tables.library.measure(id).plan !== district.slug);
    return compared.length > 0 && compared.every((id) => !counterparts.has(id));
  });
  expect(rows.untouched.map((t) => t.id)).toEqual(expected.map((t) => t.id));
  for (const t of rows.untouched) {
    expect(t.href).toBe(`/topics/${t.id}/`);
    expect(t.name).toBe(tables.topics.topic(t.id).name);
  }
  // The English edition: English topic and plan names, links kept in the English edition.
  const english = pasteRows(outcome.result, { ...shipped, namesEn: { [district.slug]: 'D', rongchang: 'R' } }, 'en');
  expect(english.untouched).toEqual(
    rows.untouched.map((t) => ({ id: t.id, name: tables.topics.topic(t.id).nameEn, href: `/en/topics/${t.id}/` })),
  );
  expect(english.excluded).toEqual(['D']);
  expect(english.shares.find((s) => s.plan === 'rongchang')?.planName).toBe('R');
  for (const link of english.measures.flatMap((m) => m.links)) expect(link.href).toMatch(/^\/en\/plans\//);
}, 20_000);
