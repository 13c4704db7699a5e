/**
 * What /compare/text/ ("compare your text") shows before it is used: its words, the words its
 * script formats (as JSON for a script element) and where the script finds the library file. The
 * comparison itself runs in the browser (src/client/compare-text.ts and its worker).
 */
import type { BuildContext } from '#lib/build/context.ts';
import { clientMessages, message, type Locale, type MessageId } from '#lib/i18n/catalogue.ts';
import { PAGES, pagePath } from '#lib/site/paths.ts';
import { planNames } from '#lib/translation/translation.ts';
import { pasteLibrary } from './paste.ts';

export function compareTextPage(locale: Locale = 'zh-CN') {
  const say = (id: MessageId) => message(id, {}, locale);
  const clientWords = { ...clientMessages('compareText.', locale), ...clientMessages('compare.kind.', locale) };
  return {
    title: say('compareText.title'),
    description: say('compareText.description'),
    words: {
      heading: say('compareText.heading'),
      lead: say('compareText.lead'),
      noScript: say('compareText.noScript'),
      textLabel: say('compareText.textLabel'),
      fileLabel: say('compareText.fileLabel'),
      submit: say('compareText.submit'),
      download: say('compareText.download'),
      downloadCsv: say('compareText.downloadCsv'),
      resultsHeading: say('compareText.results.heading'),
      sharesHeading: say('compareText.results.shares'),
      sharesDefinition: say('compareText.results.sharesDefinition'),
      unmatchedHeading: say('compareText.results.unmatchedHeading'),
      unmatchedDefinition: say('compareText.results.unmatchedDefinition'),
      untouchedHeading: say('compareText.results.untouchedHeading'),
      untouchedDefinition: say('compareText.results.untouchedDefinition'),
      measuresHeading: say('compareText.results.measuresHeading'),
    },
    locale,
    libraryHref: PAGES.compareTextLibrary,
    /** The script's words (compareText.* and the link kinds), `<` escaped for a script element. */
    clientWordsJson: JSON.stringify(clientWords).replace(/</g, '\\u003c'),
  };
}

/** The link from /compare/ to the tool. */
export function compareTextLink(locale: Locale = 'zh-CN') {
  return {
    href: pagePath('compareText', locale),
    label: message('compareText.link', {}, locale),
    note: message('compareText.linkNote', {}, locale),
  };
}

/** The library file the page fetches when used (library.json): the plans' measures and the editorial files the core reads. */
export function compareTextLibrary(
  ctx: Pick<BuildContext, 'library' | 'sources' | 'compareYaml' | 'topics' | 'translations'>,
): string {
  const namesEn = Object.fromEntries(
    ctx.library.plans.map((p) => [p.slug, planNames(ctx.translations, p, 'en').shortName]),
  );
  return JSON.stringify(pasteLibrary(ctx.library.plans, ctx.sources, ctx.compareYaml, ctx.topics.topics, namesEn));
}
