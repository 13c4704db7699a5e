/**
 * The Atom feed of the library (/feed.xml), written by the `feed` package: one entry per plan,
 * published on its date issued and updated on its print date, so a reader can subscribe to new
 * plans. Ids are the pages' absolute URLs when SITE_URL is set; otherwise stable URNs and
 * site-relative links (Atom resolves them against the feed's own address), never a made-up host.
 */
import { Feed } from 'feed';
import type { Plan } from '#lib/plan/model.ts';
import { FEED_PATH, planPath } from './paths.ts';
import { SITE_NAME, DEFAULT_DESCRIPTION } from './head.ts';
import { publicUrl } from './citation.ts';

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * The feed package accepts only absolute links; without a site address it is given this reserved
 * host (RFC 2606 .invalid) and the host is then taken out again, leaving site-relative links.
 */
const RELATIVE_BASE = 'https://relative.invalid';

/** The language of the feed's text, as the pages (html lang) and the citation files give it. */
export const FEED_LANGUAGE = 'zh-CN';
const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

export function libraryFeed(plans: readonly Plan[], configuredSite: URL | string | undefined): string {
  const site = configuredSite ?? RELATIVE_BASE;
  const updatedOf = (plan: Plan) => plan.meta.datePrinted ?? plan.meta.dateIssued;
  const newest = plans.map(updatedOf).sort().at(-1) ?? '1970-01-01';
  const id = (path: string, urn: string) => (configuredSite ? publicUrl(path, site) : `urn:green-finance-plans:${urn}`);
  const feed = new Feed({
    id: id('/', 'library'),
    title: SITE_NAME,
    description: DEFAULT_DESCRIPTION,
    link: publicUrl('/', site),
    language: FEED_LANGUAGE,
    // The newest plan's date, not the build clock: two builds of the same content give the same feed.
    updated: day(newest),
    generator: false,
    feedLinks: { atom: publicUrl(FEED_PATH, site) },
    copyright: '方案原文为政府公文；编辑数据按 CC BY 4.0 许可。',
  });
  for (const plan of [...plans].sort(
    (a, b) => updatedOf(b).localeCompare(updatedOf(a)) || a.slug.localeCompare(b.slug),
  )) {
    feed.addItem({
      title: plan.meta.title,
      id: id(planPath(plan.slug), `plan:${plan.slug}`),
      link: publicUrl(planPath(plan.slug), site),
      date: day(updatedOf(plan)),
      published: day(plan.meta.dateIssued),
      description: `${plan.meta.issuers.join('、')}${plan.meta.documentNumber ? `（${plan.meta.documentNumber.value}）` : ''}，${plan.meta.dateIssued}；${plan.measures.length}条举措。`,
      author: plan.meta.issuers.map((name) => ({ name })),
    });
  }
  // The feed package writes no xml:lang on an Atom feed (its `language` goes only into RSS), so the
  // root element gets it here: RFC 4287 (section 2) lets any element carry xml:lang.
  const atom = feed.atom1().replace(ATOM_ROOT, `${ATOM_ROOT.slice(0, -1)} xml:lang="${FEED_LANGUAGE}">`);
  if (!atom.includes(`xml:lang="${FEED_LANGUAGE}"`)) throw new Error('the feed package changed its <feed> element');
  return configuredSite ? atom : atom.replaceAll(RELATIVE_BASE, '');
}
