/** The agency views in both editions: English unit, type and plan names, English links, Chinese only where marked. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/build/load.ts';
import { agenciesPage, agencyPage, agencyPaths } from './views.ts';
import { hrefsOf, unmarkedHan } from '#tests/fixtures/english-view.ts';

const { library, agencies, translations } = loadContent();
const ctx = { library, agencies, translations };

describe('/en/agencies/', () => {
  const en = agenciesPage(ctx, 'en');
  const zh = agenciesPage(ctx);

  it('names units and types by their English names and links to English pages', () => {
    expect(en.mostNamed.map((r) => r.name)).toEqual(en.mostNamed.map((r) => r.agency.nameEn));
    expect(en.byType.flatMap((g) => g.agencies.map((a) => a.name))).toEqual(
      en.byType.flatMap((g) => g.agencies.map((a) => a.agency.nameEn)),
    );
    expect(en.reform.paragraphs.join('\n')).toBe(agencies.notes.regulatorReformEn);
    const links = hrefsOf(en);
    expect(links.length).toBeGreaterThan(agencies.agencies.length);
    expect(links.filter((href) => !href.startsWith('/en/'))).toEqual([]);
  });

  it('shows Chinese only where it is marked (the printed forms of the names, the Chinese type names)', () => {
    // agency, type, plans and column objects are data the template picks fields from, not text it shows.
    expect(unmarkedHan(en, ['agency', 'type', 'plans', 'line', 'geometry'])).toEqual([]);
    expect(unmarkedHan(en.geometry)).toEqual([]);
    const aliases = en.byType.flatMap((g) => g.agencies).find((a) => a.agency.aliases.length > 0)!;
    expect(
      aliases.pieces
        .filter((p) => p.zh)
        .map((p) => p.text)
        .join(''),
    ).toContain(aliases.agency.aliases[0]!.slice(0, 2));
  });

  it('leaves the Chinese page Chinese', () => {
    expect(zh.mostNamed.map((r) => r.name)).toEqual(zh.mostNamed.map((r) => r.agency.name));
    expect(hrefsOf(zh).filter((href) => href.startsWith('/en/'))).toEqual([]);
  });
});

describe('/en/agencies/<id>/', () => {
  it('names the unit in English, marks its printed Chinese, and lists its measures in English', () => {
    for (const { props } of agencyPaths(ctx)) {
      const en = agencyPage(ctx, props, 'en');
      expect(en.title).toBe(props.agency.nameEn);
      if (props.agency.note) expect(en.note!.pieces.map((p) => p.text).join('')).toBe(props.agency.noteEn);
      expect(unmarkedHan(en)).toEqual([]);
      expect(hrefsOf(en).filter((href) => !href.startsWith('/en/'))).toEqual([]);
      const zh = agencyPage(ctx, props);
      expect(zh.title).toBe(props.agency.name);
      expect(hrefsOf(zh).filter((href) => href.startsWith('/en/'))).toEqual([]);
    }
  });
});
