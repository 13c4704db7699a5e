/**
 * What every page's <head> says about it beyond its title: description, canonical link, Open
 * Graph and Twitter card, alternate links. Absolute-only tags (canonical, og:url, og:image) are
 * left out when no public address is configured, so no made-up host is ever published.
 */
import { NOT_FOUND_PATHS, SHARE_IMAGE_PATH } from './paths.ts';

export const SITE_NAME = '绿色金融改革方案对照';
export const DEFAULT_DESCRIPTION = '重庆市及区县、攀枝花市绿色金融改革方案全文、逐条举措与跨方案对照。';

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
}

export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface HeadTags {
  canonical?: string;
  meta: MetaTag[];
}

export function headTags({ title, description, path, site, type = 'website' }: HeadInput): HeadTags {
  const absolute = site !== undefined;
  const meta: MetaTag[] = [
    { name: 'description', content: description },
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'og:locale', content: 'zh_CN' },
    { property: 'og:type', content: type },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
  ];
  if (!absolute) return { meta };
  const image = new URL(SHARE_IMAGE_PATH, site).href;
  meta.push(
    { property: 'og:image', content: image },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:image:alt', content: SITE_NAME },
    { name: 'twitter:image', content: image },
  );
  // The not-found page stands in for addresses that have no page: it has no address of its own to
  // call canonical or share.
  if (NOT_FOUND_PATHS.includes(path)) return { meta };
  meta.push({ property: 'og:url', content: new URL(path, site).href });
  return { canonical: new URL(path, site).href, meta };
}
