/** Words shared by pages of every area: the redirect page, the site's name in a title. */
import { wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { SITE_NAME } from './head.ts';

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
