/** Words shared by pages of every area: the frame of every page, the redirect page. */
import { wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { SITE_NAME } from './head.ts';
import { FEED_PATH, PAGES, PLANS_PREFIX, withAnchor } from './paths.ts';

/** What a redirect page shows (src/components/RedirectPage.astro). */
export function redirectWords(to: string, title: string, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  return {
    to,
    title,
    fullTitle: say('site.titleWithName', { title, site: SITE_NAME }),
    before: say('redirect.canonical.before'),
    after: say('redirect.canonical.after'),
  };
}

/**
 * What every page's frame shows (src/layouts/BaseLayout.astro): the skip link, the header with
 * its navigation (the current section marked) and search box, and the footer.
 */
export function layoutView(pathname: string, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  const links = [
    { href: PAGES.home, label: say('nav.plans') },
    { href: PAGES.compare, label: say('compare.title') },
    { href: PAGES.topics, label: say('topics.title') },
    { href: PAGES.reuse, label: say('reuse.title') },
    { href: PAGES.targets, label: say('targets.title') },
    { href: PAGES.agencies, label: say('agencies.title') },
    { href: PAGES.data, label: say('nav.data') },
    { href: PAGES.about, label: say('nav.about') },
  ];
  const section = (href: string) =>
    href === PAGES.home ? pathname === PAGES.home || pathname.startsWith(PLANS_PREFIX) : pathname.startsWith(href);
  return {
    skipLink: say('nav.skip'),
    feedTitle: say('site.feedTitle', { site: SITE_NAME }),
    header: {
      siteName: SITE_NAME,
      navLabel: say('nav.main'),
      links: links.map((link) => ({
        ...link,
        current: pathname === link.href ? ('page' as const) : section(link.href) ? ('true' as const) : undefined,
      })),
      // The search page has its own, larger form.
      search: pathname.startsWith(PAGES.search)
        ? null
        : {
            action: PAGES.search,
            label: say('nav.search.label'),
            placeholder: say('nav.search.placeholder'),
            button: say('notFound.search.button'),
          },
    },
    footer: {
      faithful: say('footer.faithful'),
      swatch: say('footer.swatch'),
      editorial: say('footer.editorial'),
      links: [
        { href: PAGES.about, label: say('footer.about') },
        { href: PAGES.data, label: say('nav.data') },
        { href: FEED_PATH, label: say('footer.feed') },
      ],
      linkSeparator: say('cite.downloadSeparator'),
      license: { href: withAnchor(PAGES.data, 'license'), label: say('footer.license') },
      licenseText: say('footer.licenseText'),
    },
  };
}

export type LayoutView = ReturnType<typeof layoutView>;
