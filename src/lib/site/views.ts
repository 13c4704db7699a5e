/** Words shared by pages of every area: the frame of every page, the redirect page. */
import { messageHtml, wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { FEED_PATH, PLANS_PREFIX, editionOf, inEdition, pagePath, pathInEdition, withAnchor } from './paths.ts';

/** What a redirect page shows (src/components/RedirectPage.astro). */
export function redirectWords(to: string, title: string, locale: Locale = 'zh-CN') {
  const say = wordsOf(locale);
  return {
    to,
    title,
    fullTitle: say('site.titleWithName', { title, site: say('site.name') }),
    before: say('redirect.canonical.before'),
    after: say('redirect.canonical.after'),
  };
}

/**
 * What every page's frame shows (src/layouts/BaseLayout.astro): the skip link, the header with
 * its navigation (the current section marked) and search box, and the footer.
 */
export function layoutView(pathname: string) {
  const locale = editionOf(pathname);
  const say = wordsOf(locale);
  const page = (name: Parameters<typeof pagePath>[0]) => pagePath(name, locale);
  const links = [
    { href: page('home'), label: say('nav.plans') },
    { href: page('compare'), label: say('compare.title') },
    { href: page('topics'), label: say('topics.title') },
    { href: page('reuse'), label: say('reuse.title') },
    { href: page('targets'), label: say('targets.title') },
    { href: page('agencies'), label: say('agencies.title') },
    { href: page('data'), label: say('nav.data') },
    { href: page('about'), label: say('nav.about') },
  ];
  const section = (href: string) =>
    href === page('home')
      ? pathname === href || pathname.startsWith(inEdition(PLANS_PREFIX, locale))
      : pathname.startsWith(href);
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return {
    locale,
    skipLink: say('nav.skip'),
    feedTitle: say('site.feedTitle', { site: say('site.name') }),
    /** English pages say once, at the top, that the translation is unofficial (null on Chinese pages). */
    notice:
      locale === 'en'
        ? {
            tag: say('edition.notice.tag'),
            html: messageHtml('edition.notice.html', { chinese: pathInEdition(pathname, 'zh-CN') }, locale),
          }
        : null,
    header: {
      siteName: say('site.name'),
      edition: {
        label: say('edition.switch.label'),
        link: say('edition.switch.link'),
        lang: say('edition.switch.lang'),
        href: pathInEdition(pathname, other),
      },
      navLabel: say('nav.main'),
      links: links.map((link) => ({
        ...link,
        current: pathname === link.href ? ('page' as const) : section(link.href) ? ('true' as const) : undefined,
      })),
      // The search page has its own, larger form.
      search: pathname.startsWith(page('search'))
        ? null
        : {
            action: page('search'),
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
        { href: page('about'), label: say('footer.about') },
        { href: page('data'), label: say('nav.data') },
        { href: page('glossary'), label: say('footer.glossary') },
        { href: FEED_PATH, label: say('footer.feed') },
      ],
      linkSeparator: say('cite.downloadSeparator'),
      license: { href: withAnchor(page('data'), 'license'), label: say('footer.license') },
      licenseText: say('footer.licenseText'),
    },
  };
}

export type LayoutView = ReturnType<typeof layoutView>;
