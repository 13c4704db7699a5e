import { describe, expect, it } from 'vitest';
import { headTags, metaDescription } from './head.ts';
import { buildSample } from '#tests/fixtures/sample-library.ts';

describe('meta descriptions', () => {
  it('keep a short text whole', () => {
    expect(metaDescription('短文本。')).toBe('短文本。');
  });

  it('cut a long text after a sentence end, with an ellipsis', () => {
    const text = `${'甲'.repeat(70)}。${'乙'.repeat(70)}。`;
    expect(metaDescription(text)).toBe(`${'甲'.repeat(70)}。…`);
  });

  it('cut at a clause break when no sentence ends late enough, never mid-word in Latin text', () => {
    const measure = buildSample().measures[0]!;
    const cut = metaDescription(measure.text.repeat(5), 40);
    expect([...cut].length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure.text.repeat(5).startsWith(cut.slice(0, -1))).toBe(true);
    expect(metaDescription(`${'word '.repeat(40)}end`, 50)).toMatch(/^(word )*word…$/);
  });
});

describe('head tags', () => {
  const input = { title: 'T', description: 'D', path: '/plans/x/', type: 'article' as const };

  it('carry Open Graph and Twitter card tags, locale zh_CN, without a site', () => {
    const { canonical, meta } = headTags({ ...input, site: undefined });
    expect(canonical).toBeUndefined();
    const props = meta.map((m) => ('property' in m ? m.property : m.name));
    expect(props).toEqual(
      expect.arrayContaining(['og:title', 'og:description', 'og:site_name', 'og:locale', 'twitter:card']),
    );
    expect(props).not.toContain('og:url');
    expect(props).not.toContain('og:image');
    expect(meta).toContainEqual({ property: 'og:locale', content: 'zh_CN' });
  });

  it('make canonical, og:url and the image absolute with a site', () => {
    const { canonical, meta } = headTags({ ...input, site: 'https://plans.example.cn' });
    expect(canonical).toBe('https://plans.example.cn/plans/x/');
    expect(meta).toContainEqual({ property: 'og:url', content: 'https://plans.example.cn/plans/x/' });
    expect(meta).toContainEqual({ property: 'og:image', content: 'https://plans.example.cn/og-image.png' });
  });

  it('give the not-found page no canonical link and no og:url, even with a site', () => {
    const { canonical, meta } = headTags({ ...input, path: '/404/', site: 'https://plans.example.cn' });
    expect(canonical).toBeUndefined();
    expect(meta.map((m) => ('property' in m ? m.property : m.name))).not.toContain('og:url');
  });
});
