/** What /data/ shows: the licence, the data package, every download with its fields, the per-record files, citations, the feed and the source texts. */
import type { BuildContext } from '#lib/build/context.ts';
import { messageHtml, wordsOf, type Locale } from '#lib/i18n/catalogue.ts';
import { fieldDescriptions, type Bilingual } from './table-schema.ts';
import { DOWNLOADS, EDITORIAL_LICENSE } from './datapackage.ts';
import { TOPIC_EXTRA_FIELDS } from './topics.ts';
import { TARGET_EXTRA_FIELDS } from './targets.ts';
import { UNIT_EXTRA_FIELDS } from './units.ts';
import { ALIGNMENT_EXTRA_FIELDS } from './alignment.ts';
import { COUNTERPART_EXTRA_FIELDS } from './counterparts.ts';
import { DOCUMENT_FIELDS } from './records.ts';
import { dataFilePath, FEED_PATH, measureDataPath, planDataPath, planPath, sourcePath } from '#lib/site/paths.ts';
import { SITE_NAME } from '#lib/site/head.ts';
import { editionPlanNames, quotedLangPieces, type LangPiece } from '#lib/translation/edition-text.ts';

/** Fields a JSON download has beyond its table schema, by file. */
export const JSON_EXTRA_FIELDS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  'topics.json': TOPIC_EXTRA_FIELDS,
  'targets.json': TARGET_EXTRA_FIELDS,
  'agencies.json': UNIT_EXTRA_FIELDS,
  'alignment.json': ALIGNMENT_EXTRA_FIELDS,
  'counterparts.json': COUNTERPART_EXTRA_FIELDS,
};

/** One row of a field table: the field's name and what it means, in the page's language. */
export interface FieldRow {
  name: string;
  description: LangPiece[];
}

/** The plan whose record file the page shows as an example. */
const EXAMPLE_PLAN = 'tongnan';

export function dataPage(
  ctx: Pick<BuildContext, 'library' | 'periods'> & Partial<Pick<BuildContext, 'translations'>>,
  locale: Locale = 'zh-CN',
) {
  const en = locale === 'en';
  const say = wordsOf(locale);
  const html = (id: Parameters<typeof messageHtml>[0], params: Parameters<typeof messageHtml>[1] = {}) =>
    messageHtml(id, params, locale);
  const { library, periods } = ctx;
  // The example file links point at the library's first measure: any measure has these files.
  const example = library.measures[0]!;
  const fieldColumns = { name: say('data.fields.name'), meaning: say('data.fields.meaning') };
  /** A field table's row: an English description may quote Chinese values of the data, marked lang="zh-CN". */
  const fieldRow = (name: string, text: string): FieldRow => ({
    name,
    description: en ? quotedLangPieces(text) : [{ text, zh: false }],
  });
  const inEdition = (text: Bilingual) => (en ? text.en : text.zh);
  return {
    title: say('data.title'),
    description: say('data.description'),
    lead: say('data.lead'),
    license: {
      heading: say('data.license.heading'),
      items: [
        html('data.license.editorial.html', {
          path: EDITORIAL_LICENSE.path,
          title: EDITORIAL_LICENSE.title,
          name: EDITORIAL_LICENSE.name,
          site: en ? say('site.name') : SITE_NAME,
        }),
        html('data.license.planText.html'),
        html('data.license.urls.html'),
        html('data.license.version.html', { datapackage: dataFilePath('datapackage.json'), asOf: periods.asOf }),
      ],
    },
    datapackage: {
      heading: say('data.datapackage.heading'),
      html: html('data.datapackage.html', { datapackage: dataFilePath('datapackage.json') }),
    },
    tables: {
      heading: say('data.tables.heading'),
      intro: say('data.tables.intro'),
      downloads: DOWNLOADS.map((d) => ({
        id: `file-${d.name}`,
        href: dataFilePath(d.file),
        file: d.file,
        text: say('data.tables.download', {
          title: en ? d.titleEn : d.title,
          description: en ? d.descriptionEn : d.description,
          planText: d.planText ? say('data.tables.planText') : '',
        }),
        fields: {
          caption: say('data.tables.fieldsCaption', { file: d.file }),
          columns: fieldColumns,
          rows: [
            ...Object.entries(fieldDescriptions(d.schema, locale)),
            ...Object.entries(JSON_EXTRA_FIELDS[d.file] ?? {}).map(([name, text]) => [name, inEdition(text)] as const),
          ].map(([name, text]) => fieldRow(name, text)),
        },
      })),
    },
    records: {
      heading: say('data.records.heading'),
      intro: say('data.records.intro'),
      items: [
        html('data.records.plan.html', { path: planDataPath(EXAMPLE_PLAN) }),
        html('data.records.measure.html', { path: measureDataPath(example) }),
      ],
      more: html('data.records.more.html'),
      fields: {
        caption: say('data.records.fieldsCaption'),
        columns: fieldColumns,
        rows: DOCUMENT_FIELDS.map((f) =>
          fieldRow(
            f.in
              ? say(f.in === 'plan' ? 'data.records.field.plan' : 'data.records.field.measure', { name: f.name })
              : f.name,
            inEdition(f),
          ),
        ),
      },
    },
    citations: {
      heading: say('data.citations.heading'),
      html: html('data.citations.html', { ris: measureDataPath(example, 'ris') }),
    },
    feed: { heading: say('data.feed.heading'), html: html('data.feed.html', { feed: FEED_PATH }) },
    sources: {
      heading: say('data.sources.heading'),
      intro: say('data.sources.intro'),
      separator: say('data.sources.separator'),
      items: library.plans.map((plan) => ({
        source: { href: sourcePath(plan.meta.source), label: plan.meta.source },
        plan: { href: planPath(plan.slug, locale), label: editionPlanNames(ctx, plan, locale).title },
      })),
    },
  };
}
