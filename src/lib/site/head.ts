/**
 * What every page's <head> says about it beyond its title: description, canonical link, Open
 * Graph and Twitter card, alternate links. Absolute-only tags (canonical, og:url, og:image) are
 * left out when no public address is configured, so no made-up host is ever published.
 */
import { message, LOCALES, type Locale } from '#lib/i18n/catalogue.ts';
import { NOT_FOUND_PATHS, SHARE_IMAGE_PATH, pathInEdition } from './paths.ts';

/** The site's name and description in Chinese (the feed, the data package and citations name the site by it). */
export const SITE_NAME = message('site.name');
export const DEFAULT_DESCRIPTION = message('site.description');

/** Open Graph's form of each locale. */
const OG_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh_CN', en: 'en_GB' };

/** Sentence ends and clause breaks a description may be cut after, strongest first. */
const SENTENCE_END = /[。！？；]/g;
const CLAUSE_END = /[，、：,;:\s]/g;

/**
 * A description of at most `max` characters: the text itself if it fits, else cut after the last
 * sentence end that keeps at least half, else after the last clause break or space, with an
 * ellipsis (…) when anything was cut.
 */
export function metaDescription(text: string, max = 120): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  if ([...flat].length <= max) return flat;
  const head = [...flat].slice(0, max - 1).join('');
  const lastOf = (pattern: RegExp) => Math.max(-1, ...[...head.matchAll(pattern)].map((m) => m.index));
  const sentence = lastOf(SENTENCE_END);
  if (sentence >= head.length / 2) return `${head.slice(0, sentence + 1)}…`;
  const clause = lastOf(CLAUSE_END);
  const cut = clause >= head.length / 2 ? head.slice(0, clause) : head;
  return `${cut.replace(/[，、：,;:\s]+$/, '')}…`;
}

export interface HeadInput {
  title: string;
  description: string;
  /** The page's path, e.g. /plans/tongnan/9/. */
  path: string;
  /** The configured public address (SITE_URL), or undefined. */
  site: URL | string | undefined;
  /** og:type: article for plans and measures, website otherwise. */
  type?: 'website' | 'article';
  /** The page's edition. */
  locale?: Locale;
}

export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface HeadTags {
  canonical?: string;
  meta: MetaTag[];
  /** The same page in each edition (<link rel="alternate" hreflang>), absolute when the site has an address. */
  alternates: { hreflang: string; href: string }[];
}

export function headTags({ title, description, path, site, type = 'website', locale = 'zh-CN' }: HeadInput): HeadTags {
  const absolute = site !== undefined;
  const address = (p: string) => (absolute ? new URL(p, site).href : p);
  // The not-found page has no address of its own to offer in another language.
  const alternates = NOT_FOUND_PATHS.includes(path)
    ? []
    : [
        ...LOCALES.map((l) => ({ hreflang: l, href: address(pathInEdition(path, l)) })),
        { hreflang: 'x-default', href: address(pathInEdition(path, 'zh-CN')) },
      ];
  const siteName = message('site.name', {}, locale);
  const meta: MetaTag[] = [
    { name: 'description', content: description },
    { property: 'og:site_name', content: siteName },
    { property: 'og:locale', content: OG_LOCALE[locale] },
    ...LOCALES.filter((l) => l !== locale).map((l) => ({ property: 'og:locale:alternate', content: OG_LOCALE[l] })),
    { property: 'og:type', content: type },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
  ];
  if (!absolute) return { meta, alternates };
  const image = new URL(SHARE_IMAGE_PATH, site).href;
  meta.push(
    { property: 'og:image', content: image },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:image:alt', content: siteName },
    { name: 'twitter:image', content: image },
  );
  // The not-found page stands in for addresses that have no page: it has no address of its own to
  // call canonical or share.
  if (NOT_FOUND_PATHS.includes(path)) return { meta, alternates };
  meta.push({ property: 'og:url', content: new URL(path, site).href });
  return { canonical: new URL(path, site).href, meta, alternates };
}
