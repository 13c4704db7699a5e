/**
 * The English interface words: the same ids as src/lib/i18n/zh.ts, in the same order (the type
 * makes a missing or extra id a type error), for the English edition under /en/. British English
 * and the terms of content/glossary.yaml (see /work/translations/CONVENTIONS.md). Plural choices
 * use `{count, plural, one {# measure} other {# measures}}` (src/lib/i18n/format.ts); month
 * numbers become month names through `=1`…`=12` choices of the same syntax.
 */
import type { zh } from './zh.ts';

export const en: Record<keyof typeof zh, string> = {
  // Lists
  'list.count': ' and others ({count} {unit} in all)',
  'list.separator': ', ',

  // Compare index (src/pages/compare/index.astro, compareIndexPage)
  'compare.title': 'Compare plans',
  'compare.description':
    'Compare any two plans measure by measure; the order of the plans, how text flows between them, how the measures of the master plan are carried into the districts, and each district’s own measures.',
  'compare.lead':
    'Choose any two plans and read them side by side, measure by measure: which measures are counterparts, what the later plan deleted, added or left out, and whether its wording is stronger or weaker.',
  'compare.pairs.heading': 'Choose two plans',
  'compare.pairs.note':
    'The library holds {plans} plans, which make {pairs} pairs; pages are made only for each plan and the {partners} plans closest to it in wording (and the plans it is based on): {pages} pages in all.',
  'compare.pairs.groupLead': '{name}: ',
  'compare.pair.label': '{a} · {b}',
  'compare.lineage.heading': 'Chronology and lineage',
  'compare.lineage.control': ' (another province, for comparison)',
  'compare.flow.barLabel': '{later} ← {earlier}',
  'compare.flow.chartTitle': 'Share of the later plan’s measure text with counterparts in the earlier plan',
  'compare.flow.described': '{share} of the measure text of {later} has counterparts in {earlier}',
  'compare.flow.describedSeparator': '; ',
  'compare.flow.caption':
    'Each row “B ← A”: the share of the measure text of the later plan B that stands in measures with a counterpart in the earlier plan A and is aligned with it word for word. ',
  'compare.flow.captionCut': 'The chart shows only the {count} pairs with the highest shares. ',
  'compare.flow.captionEnd': 'The figures are in the table below.',
  'compare.flow.tableCaption': 'Counterpart measures and the flow of text between each pair of plans',
  'compare.flow.column.pair': 'Earlier → later',
  'compare.flow.column.links': 'Counterparts',
  'compare.flow.column.laterFromEarlier': 'Later plan’s text with counterparts in the earlier plan',
  'compare.flow.column.earlierIntoLater': 'Earlier plan’s text carried into the later plan',
  'compare.flow.pair': '{earlier} → {later}',
  'compare.master.heading': 'How the measures of the master plan are carried into the districts',
  'compare.master.excerpt': ' (this library holds an excerpt only)',
  'compare.master.intro': ': the counterparts of each measure in the district plans.',
  'compare.master.caption': 'Master plan measures × district plans',
  'compare.master.absent': 'None',
  'compare.additions.heading': 'Each plan’s own measures',
  'compare.additions.intro': 'Measures with no counterpart in any earlier plan{counted}. ',
  'compare.additions.countedOnly':
    ' (with this many plans only the numbers are given here; the measures are listed on the plan pages and the comparison pages)',
  'compare.additions.masterExcerpt':
    'The library holds only an excerpt of {master} (up to {stopsAt}); its later parts may have counterparts, which this table cannot tell.',
  'compare.additions.midway': 'a point partway through',
  'compare.additions.planHeading': '{name}: {count} of {total} measures',
  'compare.external.heading': 'Shared text that may come from a document outside the library',
  'compare.external.tag': 'Editorial · source',
  'compare.external.pair': '{earlier} and {later}',
  'compare.external.text':
    ': of their {pairLinks} counterparts, {count} have no counterpart in {master}, and both plans cite “{cited}”{documentNumber} (not in this library). This text may come from that document in both plans; it does not show that {later} copied {earlier}',
  'compare.external.masterFallback': 'the master plan',
  'compare.external.documentNumber': ' ({number})',
  'compare.external.linksLead': ': ',
  'compare.external.link': '{earlier} {from} – {later} {to}',
  'compare.external.linksSeparator': '; ',
  'compare.external.unit': 'counterparts',
  'compare.external.end': '.',
  'compare.method.heading': 'How counterparts are found',
  'compare.method.text':
    'For each pair of plans, every measure of the later plan is aligned by its text with the measures of the earlier plan: place and unit names put in for one another (such as Chongqing Municipality → Tongnan District) do not count as changes, and words deleted or added are marked. Copied: the same text once the names are swapped; adapted: the same provision, reworded; partial: a sentence or two carried into a measure about something else. A shared topic or a few identical phrases do not make a counterpart. The full data is on ',
  'compare.method.dataLink': 'Data downloads',
  'compare.method.end': '.',
  'compare.picker.a': 'Plan A',
  'compare.picker.b': 'Plan B',
  'compare.picker.submit': 'Compare',
  'compare.picker.sameTwice': 'Please choose two different plans.',
  'compare.picker.noPage':
    'These two plans have no measure-by-measure comparison page: each plan is compared only with the few plans closest to it in wording. Please choose from the list below.',
  'compare.kind.copied': 'copied',
  'compare.kind.adapted': 'adapted',
  'compare.kind.partial': 'partial',
  'compare.kind.common': 'common wording',
  'compare.strength.label': '{kind} {direction}',
  'compare.strength.changed': '{from} → {to}',
  'compare.strength.dropped': 'deleted “{from}”',
  'compare.strength.added': 'added “{to}”',
  'compare.strength.kind.verb': 'Wording',
  'compare.strength.kind.actor': 'Actor',
  'compare.strength.kind.action': 'Action',
  'compare.strength.kind.number': 'Figure',
  'compare.strength.kind.deadline': 'Deadline',
  'compare.strength.kind.target': 'Target',
  'compare.strength.kind.lead': 'Lead unit',
  'compare.strength.direction.weaker': 'weakened',
  'compare.strength.direction.stronger': 'strengthened',
  'compare.strength.direction.changed': 'changed',
  'compare.strength.direction.dropped': 'deleted',
  'compare.strength.direction.added': 'added',
  'compare.provenance.tag': 'Editorial · order',
  'compare.provenance.dates': 'The {a} plan was issued in {aMonth}, before the {b} plan ({bMonth}). ',
  'compare.provenance.basis':
    'The {b} plan states that it is based on the {a} plan; the text they share is {b}’s implementation and restatement of {a}.',
  'compare.provenance.otherProvince':
    'The two places are in different provinces and neither plan is based on the other; the text they share more likely comes from higher-level documents both follow than from one borrowing from the other.',
  'compare.provenance.sameProvince': 'If one plan drew on the other, it can only be {b} drawing on {a}; {common}',
  'compare.provenance.sharedSource':
    'both cite “{cited}”{documentNumber}, so the shared text may also come from that document in both.',
  'compare.provenance.unknownSource': 'both may also have taken it from the same document, not in this library.',

  // Compare your text (issue 19: src/pages/compare/text/index.astro, compareTextPage; src/client/compare-text.ts)
  'compareText.link': 'Compare your own text',
  'compareText.linkNote':
    ': paste a plan or a few of its measures, and find its counterpart measures in the plans of this library, in your browser.',
  'compareText.title': 'Compare your text',
  'compareText.description':
    'Paste or choose the text of a plan and find, measure by measure and in your browser, its counterpart measures in the plans of this library, with what was changed or left out; the text never leaves this page.',
  'compareText.heading': 'Compare your text',
  'compareText.lead':
    'Paste a plan (or a few of its measures), or choose a .txt file. This page splits it into measures in your browser and finds the counterpart measures of each in the plans of this library, with their kind, share and edits. The text is not sent anywhere.',
  'compareText.noScript':
    'This tool needs JavaScript: the comparison runs entirely in your browser. Without JavaScript, the command line npm run compare-text -- FILE --json gives the same result (see the section “Adding a plan” of the project’s README).',
  'compareText.textLabel': 'Plan text',
  'compareText.fileLabel': 'Or choose a text file (.txt, UTF-8)',
  'compareText.submit': 'Compare',
  'compareText.download': 'Download JSON',
  'compareText.status.loading': 'Loading the plans of the library…',
  'compareText.status.comparing': 'Comparing…',
  'compareText.status.done':
    'Comparison finished: {measures, plural, one {# measure} other {# measures}}, {matched} of them with counterpart measures; {links, plural, one {# counterpart} other {# counterparts}} in all.',
  'compareText.status.failed': 'The comparison could not be finished; please try again.',
  'compareText.problem.empty': 'The text is empty: please paste the text of a plan, or choose a text file.',
  'compareText.problem.gbk':
    'The file is encoded in GBK / GB18030, not UTF-8: please save it as UTF-8 and choose it again.',
  'compareText.problem.notUtf8': 'The file is not UTF-8 text: please choose a plain-text file saved as UTF-8.',
  'compareText.problem.tooLarge': 'The text is too large ({size} MB): the plain text of a plan is at most 2 MB.',
  'compareText.problem.noMeasures': 'No measures or paragraphs to compare were found in the text.',
  'compareText.results.heading': 'Results',
  'compareText.results.shares': 'Share of the text with counterparts in each plan',
  'compareText.results.share':
    '{plan}: {share} of the text is found in this plan ({links, plural, one {# counterpart} other {# counterparts}})',
  'compareText.results.excluded':
    'The text is the source of {plans} in this library, so it has been compared with the other plans.',
  'compareText.results.counterparts': 'Counterpart measures',
  'compareText.results.textShare': '{share} of this item is found in the other measure',
  'compareText.results.libraryShare': '{share} of the other measure is found in this item',
  'compareText.results.redline': 'Edits (against the earlier text)',
  'compareText.results.none': 'No counterpart measure',
  'compareText.results.untitled': 'Item {number}',
  // Share per plan, measures with no counterpart, untouched topics, CSV download (issue 19, paste2).
  'compareText.downloadCsv': 'Download CSV',
  'compareText.results.sharesDefinition':
    'Share of text with counterparts: the share of the characters of the text’s measures that align, passage by passage, with a counterpart measure of the plan (copied, adapted or partial, not common wording), to one decimal place; the same figure as the “share of text with counterparts” of the pair pages. A plan with no counterpart of the text shows 0.0%.',
  'compareText.results.unmatchedHeading': 'Items with no counterpart measure',
  'compareText.results.unmatchedDefinition':
    'Items of the text with no counterpart measure (of any kind, common wording included) in any plan compared, each linking to its row on this page.',
  'compareText.results.allMatched': 'Every item has a counterpart measure.',
  'compareText.results.untouchedHeading': 'Topics the text does not touch',
  'compareText.results.untouchedDefinition':
    'Touched: at least one measure of the library tagged with the topic is a counterpart measure (of any kind, common wording included) of an item of the text. Listed here are the topics with measures in the plans compared that the text does not touch, each linking to its topic page; topics are editorial.',
  'compareText.results.allTouched': 'The text touches every topic of the plans compared.',
  'compareText.results.measuresHeading': 'Counterpart measures item by item',

  // Pair page (src/pages/compare/[a]/[b]/index.astro, pairPage)
  'compare.pair.title': '{a} and {b} compared measure by measure',
  'compare.pair.description':
    '{a} and {b}: counterpart measures compared one by one, with word-by-word redlines and changes in the strength of the wording.',
  'compare.pair.lead.before': 'The measures of the earlier ',
  'compare.pair.lead.middle': ' in their order, each followed by its counterpart measures in the later ',
  'compare.pair.lead.after':
    ', shown as a redline against {a}’s text: the deleted words together with the unchanged ones are {a}’s own text.',
  'compare.pair.rowsHeading': 'Measures of {a} and their counterparts in {b}',
  'compare.pair.onlyInHeading': 'Measures found only in {b}',
  'compare.pair.allMatched': 'Every measure of {b} has a counterpart in {a}.',
  'compare.summary.label': 'Summary',
  'compare.summary.copied': ' copied',
  'compare.summary.adapted': ' adapted',
  'compare.summary.partial': ' partial',
  'compare.summary.onlyIn': ' only in {plan}',
  'compare.summary.textFoundIn':
    ' of the measure text of {from} has counterparts in {to} (share of text with counterparts)',
  'compare.summary.common':
    ' common wording (the two plans are of different provinces and neither cites the other, so the shared text is not counted as carried over)',
  'compare.summary.changes.verb': ' {count, plural, one {change} other {changes}} in wording strength',
  'compare.summary.changes.actor': ' {count, plural, one {change} other {changes}} of actor',
  'compare.summary.changes.action': ' {count, plural, one {change} other {changes}} of action',
  'compare.summary.changes.number': ' {count, plural, one {change} other {changes}} in figures',
  'compare.summary.changes.deadline': ' {count, plural, one {change} other {changes}} in deadlines',
  'compare.summary.changes.target': ' {count, plural, one {change} other {changes}} in quantified targets',
  'compare.summary.changes.lead': ' {count, plural, one {change} other {changes}} in lead units',
  // Pair page navigation and the one overlap figure (issue 20, pairnav).
  'compare.pair.toc': 'On this page',
  'compare.pair.changesHeading': 'Counterparts with changes (changes only)',
  'compare.pair.changesIntro':
    'Each list below holds only the measures with that kind of change or that kind of counterpart; each item links to its place in the measure-by-measure comparison below.',
  'compare.pair.linkLabel': '{a} {from} → {b} {to}',
  'compare.pair.rowsNote':
    'The {count, plural, one {measure} other {# measures}} of {a} with no counterpart {count, plural, one {is} other {are}} shown above and not repeated here.',
  'compare.pair.listHeading': '{count}{text}',
  'compare.overlap.name': 'Share of text with counterparts',
  'compare.overlap.definition':
    'Share of text with counterparts: the share of the characters of one plan’s measure text that align, passage by passage, with a counterpart measure of the other plan (copied, adapted or partial, not common wording), to one decimal place; not the same figure as the verbatim overlap of the “Text reuse” page.',
  'reuse.measure.definition':
    'Verbatim overlap: the share of the characters of one plan’s measure text that are identical, character for character, to text anywhere in the other plan, whether or not the two passages are counterpart measures; not the same figure as the share of text with counterparts of the comparison pages.',
  'compare.legend.deleted': 'Deleted',
  'compare.legend.deletedText': ' text is in {a} but not in {b}; ',
  'compare.legend.inserted': 'added',
  'compare.legend.insertedText':
    ' text was added by {b}; boxes mark a place or unit name put in for another. Copied, adapted, partial and the strength of the wording are the editors’ judgements from the text; the method is on ',
  'compare.legend.end': '.',
  'compare.counterpart.heading': '{plan} {measure}',
  'compare.counterpart.share': 'Aligned word for word: {from} of the {earlier} measure, {to} of this one',
  'compare.units.leadAdded': 'Lead units added: ',
  'compare.units.leadRemoved': 'Lead units deleted: ',
  'compare.units.responsibleAdded': 'Responsible units added: ',
  'compare.units.responsibleRemoved': 'Responsible units deleted: ',
  'compare.shared.unit': 'measures',
  'compare.shared.refLabel': 'Note {n}: also in {names}',
  'compare.shared.notesLabel': 'Text identical, word for word, to other plans',
  'compare.shared.alsoIn': 'Also in ',
  'compare.shared.alsoInPlans': 'Also in {names}',
  'compare.shared.back': 'Back to note {n} in the text',
  // The compare pages in both editions (branch en-compare)
  'measure.designation': 'Measure {number}',
  'compare.counterpart.change': 'Editorial · {label}: {detail}',
  'compare.counterpart.separator': '; ',
  'compare.translation.summary': 'English translation',
  'compare.translation.measure': '{measure}: {text}',
  'redirect.canonical.before': 'The canonical address of this page is ',
  'redirect.canonical.after': '.',

  // Site-wide
  'site.titleWithName': '{title} · {site}',
  'site.feedTitle': '{site}: newly added plans',
  'editorial.note': 'Editor’s note',
  'nav.skip': 'Skip to main content',
  'nav.main': 'Main navigation',
  'nav.plans': 'Plans',
  'nav.data': 'Data downloads',
  'nav.about': 'About',
  'nav.search.label': 'Search the full text of the plans',
  'nav.search.placeholder': 'Search the full text, e.g. carbon accounts',
  'footer.faithful':
    'The text of the plans is that of the source texts received; only line breaks, broken words and stray marks caused by extraction have been repaired.',
  'footer.swatch': 'Content marked “Editorial”',
  'footer.editorial':
    ' (topics, notes, English names and so on) is this site’s editorial information and not part of the plans’ text.',
  'footer.about': 'Sources and method',
  'footer.feed': 'Subscribe',
  'footer.license': 'Licence',
  'footer.licenseText':
    ': the editorial data may be used under the CC BY 4.0 licence; the plans’ text consists of government documents, reproduced word for word.',
  'nav.breadcrumbs': 'Breadcrumb',

  // Editions (src/layouts/BaseLayout.astro, layoutView): the switch between the Chinese and English pages
  'site.name': 'Green Finance Reform Plans Compared',
  'site.description':
    'The green finance reform plans of Chongqing, its districts and Panzhihua in full, measure by measure, compared across plans.',
  'edition.switch.label': 'Language',
  // The switch names the other edition in its own language.
  'edition.switch.link': '中文',
  'edition.switch.lang': 'zh-CN',
  'edition.notice.tag': 'Unofficial translation',
  'edition.notice.html':
    'The English on this site is an editorial translation, not an official one; the Chinese text is authoritative. <a href="{chinese}" hreflang="zh-CN">This page in Chinese</a>.',
  'plan.truncated': 'The source text breaks off here',

  // Dates (month numbers become month names: "30 March 2023", as CONVENTIONS.md writes dates)
  'date.yearMonth':
    '{month, plural, =1 {January} =2 {February} =3 {March} =4 {April} =5 {May} =6 {June} =7 {July} =8 {August} =9 {September} =10 {October} =11 {November} =12 {December} other {#}} {year}',
  'date.full':
    '{day} {month, plural, =1 {January} =2 {February} =3 {March} =4 {April} =5 {May} =6 {June} =7 {July} =8 {August} =9 {September} =10 {October} =11 {November} =12 {December} other {#}} {year}',

  // Topics (src/pages/topics/index.astro, topicsPage; src/pages/topics/[id]/index.astro, topicPage)
  'topics.title': 'Topics compared',
  'topics.description':
    'Compare the measures of the plans by topic: which plans mention it, what they say, and which do not.',
  'topics.lead':
    'The editors have tagged each measure with the topics it is about ({topics} topics in {categories} categories). The table below lists each plan’s measures under each topic; select a topic to read the full texts side by side, or a measure number to open that measure.',
  'topics.note':
    'The topics, their categories, English names and descriptions are this site’s editorial information, not the text of the plans. A measure about several things is tagged with several topics. When comparing with the excerpted Chongqing master plan, note that it holds only II (1) to II (5).',
  'topics.coverage.heading': 'Number of topics each plan covers',
  'topics.coverage.caption':
    'Number of measures of each plan in each category of topics (a measure may count in several categories)',
  'topics.coverage.category': 'Category',
  'topics.coverage.topics': 'Topics covered (of {count})',
  'topics.coverage.measures': 'Measures',
  'topics.matrix.heading': 'Topics and plans compared',
  'topics.matrix.grouped':
    'The library holds {plans} plans; the table and heat map below group them by province, each cell giving the number of measures of that province’s plans. The measures themselves are on each topic’s page.',
  'topics.matrix.caption': 'Each plan’s measures under each topic (select a measure number to open it)',
  'topics.matrix.topic': 'Topic',
  'topics.matrix.none': 'None',
  'topics.matrix.count':
    '{measures, plural, one {# measure} other {# measures}} ({plans, plural, one {# plan} other {# plans}})',
  'topics.heatmap.heading': 'Heat map',
  'topics.heatmap.title': 'Number of measures of each plan under each topic',
  'topics.heatmap.description':
    'Rows are the {topics} topics (grouped by category), columns are {columns}; the darker the colour and the larger the number, the more measures the plan has under the topic; a blank cell means none. The numbers are those of the table above.',
  'topics.heatmap.plans': '{plans} plans',
  'topics.heatmap.provinces': 'the {plans} plans of {provinces} provinces',
  'topics.heatmap.caption': 'Darker means more measures; the numbers are counts of measures; the data is in the ',
  'topics.heatmap.tableLink': 'table',
  'topics.heatmap.end': '.',
  // Coverage gaps per plan on /topics/ (issue 20: gaps and hints)
  'topics.gaps.heading': 'Each plan’s coverage gaps',
  'topics.gaps.lead':
    'The topics a plan does not cover but other plans do are listed in the “Coverage gaps” section of that plan’s page:',
  'topics.gaps.link': 'Coverage gaps of {plan}',
  'topics.gaps.count': ' ({level} at the same level, {all} in all)',
  'topics.topic.title': 'Topic: {name}',
  'topics.topic.description': '{name}: the measures of each plan on this topic, side by side. {description}',
  'topics.topic.tag': 'Editorial · topic',
  'topics.topic.note': '{description} (category: {category})',
  'topics.topic.count': '{count, plural, one {# measure covers} other {# measures cover}} this topic',
  'topics.topic.silent': '; not covered by {plans}',
  'topics.topic.countEnd': '.',
  'topics.topic.plansUnit': 'plans',
  'topics.topic.marked': 'Text on a blue background',
  'topics.topic.legend':
    ' is identical, word for word ({minRun} characters in a row or more), to text of other plans; the number after it links to a note listing the measures of the other plans in which the same text also stands. Unmarked text is the plan’s own wording. Lists of units and stock phrases shared by most plans are not marked.',
  'topics.topic.none': 'This plan has no measure on this topic.',

  // Text reuse (src/pages/reuse.astro, reusePage)
  'reuse.title': 'Text reuse',
  'reuse.description': 'How much text the plans share word for word: matrix chart, data table and method.',
  'reuse.lead':
    'Local plans often copy the text of higher-level or neighbouring plans. This page counts how much of each plan’s measure text is identical, word for word, to text of another plan.',
  'reuse.findings.tag': 'Editorial · key points',
  'reuse.findings.highest':
    'The highest verbatim overlap: {share} of the measure text of the {from} plan also stands in the {to} plan.',
  'reuse.findings.mostAndLeast':
    '{mostShare} of the measure text of the {most} plan can be found word for word in other plans; of the {least} plan, only {leastShare}.',
  'reuse.findings.master':
    'Against the master plan (an excerpt, II (1) to II (5) only): {shares}. The library holds only an excerpt of the master plan, so there is little text to compare.',
  'reuse.findings.peer': 'Against the {peer} plan of another province: {shares}{end}',
  'reuse.findings.nearlyNone': ': almost no shared text.',
  'reuse.findings.end': '.',
  'reuse.findings.districtShare': '{name} {share}',
  'reuse.findings.separator': '; ',
  'reuse.matrix.heading': 'Reuse matrix',
  'reuse.heatmap.title': 'Verbatim overlap between plans',
  'reuse.heatmap.description':
    'Each row is one plan’s measure text and each column another plan; the figure in a cell is the share of the row plan’s text that also stands in the column plan (leaving out lists of units and stock phrases shared by most plans). The diagonal is left blank.',
  'reuse.heatmap.caption': 'How to read it: row by row. The data is in the table below.',
  'reuse.heatmap.row': 'Text of {name}',
  'reuse.column.in': 'In {name}',
  'reuse.column.plan': 'Plan (characters)',
  'reuse.column.anyOther': 'In any other plan',
  'reuse.row.plan': '{name} ({characters})',
  'reuse.table.caption':
    'Share of the row plan’s measure text identical, word for word ({minRun} characters in a row or more), to text of the column plan; in brackets, generic text such as lists of units and stock phrases, counted apart',
  'reuse.table.generic': ' ({share})',
  'reuse.table.cellLabel': '{share}: {from} and {to} compared measure by measure',
  'reuse.matrix.everyLinked': 'Each share in the table links to ',
  'reuse.matrix.someLinked': 'The shares of pairs with a comparison page link to ',
  'reuse.matrix.pairOf': 'the two plans’ ',
  'reuse.matrix.compareLink': 'measure-by-measure comparison',
  'reuse.matrix.compareEnd': ' page.',
  'reuse.perPlan.heading': 'Reuse by plan',
  'reuse.perPlan.intro':
    'The library holds {plans} plans, too many for a matrix of every pair, so each plan has one row here: how much of its measure text can be found in other plans, and the {partners} plans it shares most with. The full data on every pair of plans is in ',
  'reuse.perPlan.end': '.',
  'reuse.perPlan.partners': 'Plans with the highest verbatim overlap',
  'reuse.perPlan.partner': '{name} {share}',
  'reuse.perPlan.none': '—',
  'reuse.method.heading': 'How it is counted',
  'reuse.method.text':
    'The text of each measure (without its number) is taken, full-width and half-width punctuation are made the same (Unicode NFKC), and white space is removed.',
  'reuse.method.run':
    'Stretches identical, character for character, to text of another plan and at least {minRun} characters long are found. Identical stretches shorter than {minRun} characters are often just common phrases (“green finance reform and innovation pilot zone”, for instance, is 11 characters in Chinese).',
  'reuse.method.share':
    'Share = characters of the row plan’s measures covered by these stretches ÷ all characters of the row plan’s measures. So the share of A found in B differs from the share of B found in A: a short plan’s text is more easily “contained” in a long plan.',
  'reuse.method.generic':
    'Generic text is counted apart and not as reuse: the lists of lead and responsible units in brackets, and stretches found in more than three quarters of the plans (stock phrases). The figures in brackets in the table are the share of this text.',
  'reuse.method.topicsBefore': 'The reused text of each measure is shown on each ',
  'reuse.method.topicsLink': 'topic page',
  'reuse.method.topicsAfter': ': text on a blue background is the part identical to other plans. The full data is in ',
  'reuse.method.end': '.',

  // Plan page (src/pages/plans/[slug]/index.astro, planPage)
  // Coverage gaps on the plan page (issue 20: gaps and hints)
  'plan.gaps.heading': 'Coverage gaps',
  'plan.gaps.tag': 'Editorial · topic',
  'plan.gaps.intro':
    'Measures of other plans cover the topics below; this plan has none (counted by the topics the editors have tagged; this says only whether a topic is mentioned, not how well).',
  'plan.gaps.excerpt':
    'The text on this site is an excerpt, and the missing parts may cover these topics: a gap may only be due to the incomplete text.',
  'plan.gaps.level':
    'Topics covered by other plans at the same level ({level}) but not by this plan ({count, plural, one {# topic} other {# topics}})',
  'plan.gaps.all':
    'Topics covered by any other plan but not by this plan ({count, plural, one {# topic} other {# topics}})',
  'plan.gaps.noneLevel': 'This plan covers every topic covered by other plans at the same level.',
  'plan.gaps.noneAll': 'This plan covers every topic covered by other plans.',
  'plan.gaps.noPeers': 'This site holds no other plan at the same level.',
  'plan.gaps.plans': ' ({plans, plural, one {# plan} other {# plans}}): ',
  'plan.gaps.measuresUnit': 'measures',
  'plan.gaps.measure': '{plan} {designation}',
  'plan.description':
    'Full text of {title} ({issuers}, {date}), with a link to each of its {measures, plural, one {# measure} other {# measures}}.',
  'plan.breadcrumb': 'Plans',
  'plan.outline': 'Contents',
  'plan.json': 'Data of this plan (JSON)',
  'plan.measureOwnPage': 'This measure’s own page ({id})',
  'plan.measureTitled': '{designation} {title}',
  'plan.facts.issuers': 'Issued by',
  'plan.facts.documentNumber': 'Document number',
  'plan.facts.noDocumentNumber': 'Not given in the source text',
  'plan.facts.editorTag': 'Editorial',
  'plan.facts.dateIssued': 'Date of document',
  'plan.facts.datePrinted': 'Date printed and issued',
  'plan.facts.region': 'Region',
  'plan.facts.level': 'Level',
  'plan.facts.publication': 'Publication status',
  'plan.facts.measures': 'Measures',
  'plan.facts.measureCount': '{count}',
  'plan.facts.basis': 'Based on',
  'plan.facts.cited': '“{cited}”',
  'plan.facts.basisNumber': ' ({number})',
  'plan.facts.uncollected': ' (not on this site)',
  'plan.notice.excerpt.tag': 'Excerpt',
  'plan.notice.excerpt.before': 'The text on this site is incomplete: the original breaks off at ',
  'plan.notice.excerpt.after': ', and the parts after it are missing.',
  'plan.notice.publication.tag': 'Publication status',
  'plan.notice.publication.text':
    'The original is marked “not for public release”. This site reproduces the source text as received, for research and comparison.',
  'plan.notice.source.tag': 'About the source',
  'plan.period.tag': 'Period',
  'plan.period.printed': 'The plan says: ',
  'plan.period.statement': '“{printed}” ({location})',
  'plan.period.separator': '; ',
  'plan.period.end': '.',
  'plan.period.noYear': 'The plan does not state a target year.',
  'plan.period.passed':
    'The plan says “{printed}”; as of {date} (the date this site’s records were checked), {year} has passed. This says only when, not whether the targets were met.',
  'plan.period.running':
    'The plan says “{printed}”; as of {date} (the date this site’s records were checked), {year} has not yet ended.',
  'plan.annex.heading': 'Lead units that differ between the annex and the main text',
  'plan.annex.intro':
    'The annex table of tasks breaks {measures, plural, one {# measure} other {# measures}} down into {tasks, plural, one {# task} other {# tasks}}. The lead units of the {differing, plural, one {task} other {# tasks}} below differ from the lead units given in brackets in the text of their measure:',
  'plan.annex.column.task': 'Task',
  'plan.annex.column.annexLead': 'Lead units in the annex',
  'plan.annex.column.measure': 'Measure',
  'plan.annex.column.textLead': 'Lead units in the main text',
  'plan.annex.task': 'Task {number}',
  'plan.annex.measure': 'Measure {number}',
  'plan.annex.notListed': 'Not listed',
  'plan.annexTable.column': 'Measure',
  'plan.annexTable.differs': 'Lead units differ from the main text',
  'plan.annexTable.textLead': ' (main text: {lead})',
  // Annex task links (issue 20, pairnav): the visible link of each task's #task-N anchor.
  'plan.annexTable.taskMark': '§',
  'plan.annexTable.taskLink': 'Link to task {number}',

  // Measure page (src/pages/plans/[slug]/[number]/index.astro, measurePage)
  'measure.title': '{title} ({plan} {designation})',
  'measure.description': '{plan} {designation}: {text}',
  'measure.sectionSeparator': ' › ',
  'measure.truncated':
    'This measure is incomplete in the source text: the original breaks off here, and the rest is missing.',
  'measure.units.heading': 'Lead units and responsible units',
  'measure.units.remark': ' ({remark})',
  'measure.units.none': 'The original names no lead or responsible units for this measure.',
  'measure.related.heading': 'Counterpart measures and measures on the same topics in other plans',
  'measure.related.earlier': ' (earlier plan)',
  'measure.related.later': ' (later plan)',
  'measure.related.compare': 'Compare word by word',
  'measure.related.closest': 'Closest on the same topic: ',
  'measure.related.score': ' (similarity {score}; shared topics: {topics})',
  'measure.related.nothing': 'No counterpart measure and no measure on the same topics.',
  'measure.related.belowFloor':
    'No counterpart measure; the measures on the same topics are all less similar to this one than {floor}, so none is listed as closest.',
  'measure.related.unlisted':
    'The other {count, plural, one {plan has} other {# plans have}} no counterpart measure, and {count, plural, one {its} other {their}} measures on the same topics are less close than those above, so {count, plural, one {it is} other {they are}} not listed.',
  'measure.related.methodBefore':
    'Counterpart measures are found by aligning the texts (copied, adapted, partial); see ',
  'measure.related.methodMiddle':
    '; similarity is the TF-IDF cosine similarity of the character bigrams and trigrams of the two measures’ texts (0–1); see ',
  'measure.related.methodLink': 'the method',
  'measure.inPlan': 'Read this measure in the full text',
  'measure.copy.label': 'Link to this measure',
  'measure.copy.button': 'Copy link',
  'measure.copy.copied': 'Copied',
  'measure.copy.failed': 'Press Ctrl+C to copy',
  'measure.json': 'Data of this measure (JSON)',
  'measure.pager.label': 'Previous and next measure',
  'measure.pager.previous': '← Previous: {measure}',
  'measure.pager.next': 'Next: {measure} →',
  'measure.pager.first': 'First measure of this plan',
  'measure.pager.last': 'Last measure of this plan',

  // English beside the Chinese and plan summaries (branch en-plans): plan and measure pages, plan cards
  'plan.summary.heading': 'Summary',
  'plan.summary.tag': 'Editorial summary',
  'plan.summary.intro':
    'A plain-language summary written by this site’s editors, not part of the plan; the links after each sentence lead to the measures and passages it rests on.',
  'plan.summary.refsOpen': ' (see ',
  'plan.summary.refsClose': ')',
  'plan.summary.passage': '§{anchor}',
  'plan.summary.more': 'Full summary',
  'translation.status.tag': 'Translation',
  'translation.status.text': 'Translation status: {reviewed} of {total} blocks reviewed, the rest draft.',
  'translation.status.definition':
    'A block is one heading, paragraph, measure, signature, colophon or annex table of the plan. Reviewed: a bilingual reader has read the English against the Chinese. Draft: translated, not yet read against the Chinese.',
  'translation.reviewed': 'Reviewed translation',
  'translation.draft': 'Draft translation',
  'translation.copy.english': 'Copy English',
  'translation.copy.chinese': 'Copy Chinese',
  'translation.copy.copied': 'Copied',
  'translation.copy.failed': 'Could not copy: select the text and copy it',
  'translation.column.zh': 'Chinese (authoritative)',
  'translation.column.en': 'English (unofficial translation)',

  // Citation (src/components/CitationBlock.astro)
  'cite.heading': 'Cite',
  'cite.gbt': 'GB/T 7714',
  'cite.apa': 'APA',
  'cite.accessDate': 'Date accessed',
  'cite.import': 'Import into a reference manager (Zotero, EndNote, Mendeley and others): ',
  'cite.downloadSeparator': ' · ',

  // Agencies (src/pages/agencies/index.astro, agenciesPage; src/pages/agencies/[id]/index.astro, agencyPage)
  'agencies.title': 'Responsible units',
  'agencies.description':
    'Which kinds of unit lead each plan’s measures and which units are named most; the measures each unit leads or takes part in, plan by plan.',
  'agencies.heading': 'Lead units and responsible units',
  'agencies.lead':
    'The plans name a lead unit and responsible units after each measure. This page brings the differing names the plans use for the same unit together into {count} units and compares, by type, who leads in each plan.',
  'agencies.reform.tag': 'Editorial · institutional reform',
  'agencies.plansUnit': 'plans',
  'agencies.leadTypes.heading': 'Share of measures led by each type of unit',
  'agencies.leadTypes.method':
    'Share = measures led by (one or more) units of the type ÷ the plan’s measures that name a lead unit. A measure often has several lead units, so each column adds up to more than 100%.',
  'agencies.leadTypes.silent': 'Plans that name no lead units, not compared here: {plans}.',
  'agencies.heatmap.title': 'Share of each plan’s measures led by each type of unit',
  'agencies.heatmap.caption': 'The data is in the table below.',
  'agencies.heatmap.description':
    'Rows are types of unit, columns are {columns}; the percentage in a cell is the share, among the plan’s measures that name a lead unit, of those led by units of the type.',
  'agencies.heatmap.plans': 'plans',
  'agencies.heatmap.provinces': 'provinces',
  'agencies.heatmap.column': '{column}: {cells}',
  'agencies.heatmap.cell': '{type} {share}',
  'agencies.heatmap.cellSeparator': ', ',
  'agencies.heatmap.columnSeparator': '. ',
  'agencies.table.caption': 'Measures led by each type of unit (share)',
  'agencies.table.type': 'Type of unit',
  'agencies.table.withLead': 'Measures naming a lead unit',
  'agencies.table.none': '—',
  'agencies.table.cell': '{measures} ({share})',
  'agencies.mostNamed.heading': 'Units named most',
  'agencies.mostNamed.caption': 'By the number of measures naming them (annex tables of tasks not included)',
  'agencies.mostNamed.agency': 'Unit',
  'agencies.mostNamed.type': 'Type',
  'agencies.mostNamed.plans': 'Plans',
  'agencies.mostNamed.lead': 'Lead',
  'agencies.mostNamed.responsible': 'Responsible',
  'agencies.mostNamed.total': 'Total',
  'agencies.all.heading': 'All units',
  'agencies.all.line': ' ({plans}; written in the original as: {aliases})',
  'agencies.agency.description': 'The measures {name} leads or takes part in, plan by plan.',
  'agencies.agency.type': 'Type',
  'agencies.agency.jurisdiction': 'Jurisdiction',
  'agencies.agency.aliases': 'Written in the original as',
  'agencies.agency.editorial':
    'The unit’s full name, type and jurisdiction are compiled by the editors; “Written in the original as” gives the names as the plans print them.',
  'agencies.agency.lead': 'As lead unit ({count, plural, one {# measure} other {# measures}})',
  'agencies.agency.responsible': 'As responsible unit ({count, plural, one {# measure} other {# measures}})',
  'agencies.agency.tasks': 'Annex table of tasks',
  'agencies.agency.none': 'None',
  'agencies.agency.role': ': {role} unit',
  'agencies.agency.role.lead': 'lead',
  'agencies.agency.role.responsible': 'responsible',

  // Home page (src/pages/index.astro, homePage) and plan cards. The Chinese keeps a space after
  // "试点方案，" as its page has always shown it; the English needs none.
  'home.lead':
    'This site publishes the Overall Plan for Building a Green Finance Reform and Innovation Pilot Zone in Chongqing, the plans of Tongnan, Shapingba and Rongchang Districts that implement it, and the pilot plan of Panzhihua City in Sichuan Province. It offers the full texts, a permanent link to each measure, and comparisons of the plans’ measures side by side, topic by topic.',
  'home.offer.read':
    'Read the full text: each plan is shown with the structure of the original, and each measure has an anchor and its own page, ready to cite.',
  'home.offer.compare.before': 'Compare the plans: ',
  'home.offer.compare.middle': ' lists the plans’ measures on the same topic side by side; ',
  'home.offer.compare.after': ' shows how much text the plans copy from one another.',
  'home.offer.numbers.before': 'Figures and units: ',
  'home.offer.numbers.agencies': 'lead and responsible units',
  'home.offer.numbers.after': ' compared across plans.',
  'home.offer.search': 'Search: the search box at the top of each page finds every measure that uses a word.',
  'home.plans':
    'Plans in the library ({plans, plural, one {# plan} other {# plans}}, {measures, plural, one {# measure} other {# measures}})',
  'home.provinces.lead': 'By province: ',
  'home.provinces.link': '{province} ({count})',
  'home.provinces.heading': '{province} ({count, plural, one {# plan} other {# plans}})',
  'home.card.region': '{region} ({level})',
  'home.card.issuers': 'Issued by',
  'home.card.issuersMore': '{names} and others ({count} departments)',
  'home.card.noDocumentNumber': 'Not given',
  'home.card.date': 'Date',
  'home.card.excerpt': 'Excerpt: the original breaks off at {stopsAt}.',
  'home.card.notForRelease': 'The original is marked “not for public release”.',

  // Not-found page (src/pages/404.astro, notFoundPage)
  'notFound.title': 'Page not found',
  'notFound.description':
    'There is no page at this address: search the full text of the plans, or start from the plans in the library.',
  'notFound.lead':
    'There is no page at this address. The address may have been mistyped; no address this site has published ever changes.',
  'notFound.search.heading': 'Search the full text of the plans',
  'notFound.search.label': 'Search the full text of the plans from this page',
  'notFound.search.field': 'Search terms',
  'notFound.search.placeholder': 'e.g. carbon accounts',
  'notFound.search.button': 'Search',
  'notFound.plans': 'Plans in the library',
  'notFound.planDetail': ' ({date}, {measures, plural, one {# measure} other {# measures}})',
  'notFound.home': 'Back to the home page',
  'notFound.data': 'Data downloads',
  'notFound.about': 'About this site',

  // Targets (src/pages/targets.astro, targetsPage)
  'targets.title': 'Quantified targets',
  'targets.description':
    'The numerical targets the plans set: green loans, growth rates, shares, green bonds, energy consumption, forest cover and more, compared item by item with links to the original text.',
  'targets.lead':
    'The numerical targets the plans state, side by side, item by item. Each figure is given as printed and links to its place in the plan; where a plan sets no figure for an item, the table says “not set”.',
  'targets.editorial':
    'The names of the indicators, conversions of values (such as a “first-ever” issue counted as 1), comparisons and notes are the editors’; the quotations and the “value as printed” column are the plans’ text. Figures that look implausible are given as printed, with an editor’s note.',
  'targets.table.heading': 'Comparison table',
  'targets.table.caption': 'Each plan’s numerical targets (select a figure to see it in the original)',
  'targets.table.metric': 'Indicator',
  'targets.table.unset': 'Not set',
  'targets.cell.plan': '{name} ',
  'targets.cell.deadline': ' ({deadline})',
  'targets.charts.heading': 'Indicators set by two or more plans',
  'targets.charts.intro':
    'Only indicators with the same unit, which can be compared directly, are charted; the figures are as printed.',
  'targets.chart.caption': '{metric} ({unit})',
  'targets.chart.title': '{metric}: each plan’s target',
  'targets.chart.bar': '{plan}: {value}',
  'targets.chart.separator': '; ',
  'targets.note.separator': ' · ',
  'targets.sources.heading': 'Sources in the original',
  'targets.sources.caption':
    'The original text of each target (in quotation marks, the plan’s words) and the editors’ structured record',
  'targets.sources.plan': 'Plan',
  'targets.sources.metric': 'Indicator',
  'targets.sources.value': 'Value as printed',
  'targets.sources.relation': 'Relation',
  'targets.sources.baseline': 'Baseline',
  'targets.sources.deadline': 'Deadline',
  'targets.sources.quote': 'Original text',
  'targets.source.value': ' {value}{unit}',
  'targets.source.quote': '“{quote}”',
  'targets.comparator.atLeast': 'at least',
  'targets.comparator.above': 'above',
  'targets.comparator.equal': 'equal to',
  'targets.comparator.atMost': 'at most',
  'targets.comparator.below': 'below',
  'targets.none': '—',
  'targets.year': '{year}',
  'targets.deadline.unstated': 'Not stated',

  // About page's data parts (src/pages/about.mdx, aboutPage; its prose is hand-written content)
  'about.sources.caption': 'Plans in the library',
  'about.sources.plan': 'Plan',
  'about.sources.source': 'Source text',
  'about.uncited':
    'The “{cited}”{documentNumber} on which the district plans are based is not on this site, so whether the text of the district plans that differs from the master plan comes from that document cannot be told.',

  // English edition pages (branch en-pages): glossary page, footer link, levels on /about/, designations
  'footer.glossary': 'Glossary',
  'glossary.title': 'Glossary',
  'glossary.description':
    'Recurring terms of the plans and the English the English edition uses for them (editorial, not official translations).',
  'glossary.lead':
    '{count, plural, one {# term} other {# terms}}. Each gives the term as the plans print it, the English the English edition uses, other accepted English forms, a note where the English alone could mislead, and the measures whose text contains the term.',
  'glossary.tag': 'Editorial · glossary',
  'glossary.editorial':
    'The English terms were chosen by the editors and are not official translations; the Chinese text is authoritative. The English edition is checked against this list: where a passage of the Chinese contains a term, its translation must use the chosen English or an accepted variant.',
  'glossary.term.zh': 'Chinese',
  'glossary.term.en': 'English',
  'glossary.term.variants': 'Also accepted',
  'glossary.term.note': 'Note',
  'glossary.term.measures': 'Measures containing the term',
  'glossary.term.count': '{count, plural, one {# measure} other {# measures}}',
  'glossary.term.none': 'None in the measures (it occurs in other passages of the plans or in the source texts)',
  'glossary.term.measure': '{plan} {designation}',
  'glossary.term.search': 'search for all',
  'about.level.municipal-master-plan': 'Municipal master plan',
  'about.level.district-plan': 'District implementation plan',
  'about.level.prefecture-city-plan': 'Prefecture-level city plan',
  'edition.translation.tag': 'English (editorial translation)',
  'edition.translation.draft': 'draft',
  'edition.translation.reviewed': 'reviewed',
  'agencies.agency.chineseName': 'Chinese name',
  'targets.note.open': ' (',
  'targets.note.close': '): ',
  'targets.source.open': ' (',
  'targets.source.close': ')',

  // Data downloads (src/pages/data/index.astro, dataPage)
  'data.title': 'Data downloads',
  'data.description':
    'Structured data on plans, measures, topics, quantified targets and responsible units: CSV, JSON, a data package descriptor and citation files.',
  'data.lead':
    'All the data of this site is generated from the plans’ texts and the editorial data, published with the site, and free to download and use. The texts are reproduced as in their sources; editorial fields (short names, topics, notes and so on) are marked as such.',
  'data.license.heading': 'Licence and addresses',
  'data.license.editorial.html':
    'The editorial data (short names, topics and categories, notes, the compiled units, target conversions, the compiled periods, similarity and reuse figures) may be used under the <a href="{path}">{title} ({name})</a> licence; please credit “{site}”.',
  'data.license.planText.html':
    'The plans’ text consists of government documents issued by the bodies that signed them, reproduced word for word on this site, and is not covered by the licence above; when quoting it, please name the issuing body and the document number.',
  'data.license.urls.html':
    'The <code>url</code> field and other address fields of the data files: full web addresses when the site is configured with a public address; otherwise paths relative to the root of this site (such as <code>/plans/tongnan/9/</code>), to be joined to the site’s address.',
  'data.license.version.html':
    'The version and date of the data are the <code>version</code> and <code>created</code> of <a href="{datapackage}">datapackage.json</a>; the date is the date the editorial data was checked ({asOf}), not the build time.',
  'data.datapackage.heading': 'Data package descriptor',
  'data.datapackage.html':
    '<a href="{datapackage}" download>datapackage.json</a>: describes each CSV and JSON file below (resource) by the Frictionless Data Package specification, each with a Table Schema: field names, types, descriptions, required fields, primary and foreign keys (such as a measure’s plan → the plan’s slug). Tools such as frictionless (Python) and R’s frictionless package read it directly (it conforms to the Data Package 1.0 and 2.0 specifications). CSV files and JSON files that are themselves arrays of rows are tabular resources; JSON files whose rows sit inside an object (such as <code>topics</code> of topics.json) are declared as plain JSON resources, and the fields of their rows are given below.',
  'data.tables.heading': 'Tables',
  'data.tables.intro':
    'The CSV files are UTF-8 with a BOM and CRLF line ends, ready to open in Excel; the JSON of the same content keeps fields with several values as arrays. An empty cell means no value (null in JSON).',
  'data.tables.download': '{title}: {description}{planText}',
  'data.tables.planText': ' Includes the plans’ text.',
  'data.tables.fieldsCaption': 'Fields of {file}',
  'data.fields.name': 'Field',
  'data.fields.meaning': 'Meaning',
  'data.records.heading': 'Data of each plan and each measure',
  'data.records.intro': 'Each plan and each measure has a JSON file of its own, at a permanent address:',
  'data.records.plan.html':
    'Plans: <code>/data/plans/&lt;plan code&gt;.json</code>, such as <a href="{path}">{path}</a>',
  'data.records.measure.html':
    'Measures: <code>/data/measures/&lt;plan code&gt;/&lt;measure number&gt;.json</code>, such as <a href="{path}">{path}</a>',
  'data.records.more.html':
    'Each holds every field of the plan or measure in plans.json / measures.json, and the fields of the table below. Each page points to its JSON with <code>&lt;link rel="alternate" type="application/json"&gt;</code>.',
  'data.records.fieldsCaption': 'Further fields of the plan and measure JSON',
  // The name of a field only the measure (or only the plan) document has (branch data-fields-en)
  'data.records.field.measure': '(measure) {name}',
  'data.records.field.plan': '(plan) {name}',
  'data.citations.heading': 'Citation files',
  'data.citations.html':
    'Citations of each plan and each measure can be downloaded as RIS (<code>.ris</code>, for EndNote, Zotero and Mendeley), BibTeX (<code>.bib</code>) and CSL-JSON (<code>.csl.json</code>), at the address of its JSON with another extension, such as <a href="{ris}">{ris}</a>. The item type is a report (CSL <code>report</code>, RIS <code>RPRT</code>, BibTeX <code>@techreport</code>): the author is the issuing body (an organisation) and the number is the document number. The pages also carry Highwire Press <code>citation_*</code> metadata, which the Zotero browser connector saves in one click.',
  'data.feed.heading': 'Subscribe',
  'data.feed.html':
    '<a href="{feed}">Atom feed</a>: one entry per plan, ordered by date issued, updated when a plan is added.',
  'data.sources.heading': 'Source texts',
  'data.sources.intro':
    'The original source texts of the plans (extracted from the published documents and kept as received):',
  'data.sources.separator': ': ',

  // Search page (src/pages/search.astro, src/client/search-page.ts)
  'search.title': 'Full-text search',
  'search.description':
    'Search the full text of the plans: every measure and paragraph of main text containing the search terms is listed.',
  'search.query.label': 'Search terms',
  'search.query.submit': 'Search',
  'search.help.html':
    'A space means both terms, <kbd>|</kbd> means either term, quotation marks make one phrase, and a <kbd>-</kbd> before a term excludes it. Words match whole, whatever their case or inflection (“bond” finds “bonds”, “stress test” finds “stress testing”, “bon” finds neither); a query in Chinese characters searches the Chinese text. Example: <code>"green bonds" | "green insurance" -catastrophe</code>',
  'search.filter.legend': 'Filters',
  'search.filter.all': 'All',
  'search.filter.plan': 'Plan',
  'search.filter.region': 'Region',
  'search.filter.level': 'Level',
  'search.filter.category': 'Topic category',
  'search.filter.measuresOnly': 'Measures only',
  'search.filter.planCount': '{label} ({count})',
  'search.noScript':
    'Showing search results needs JavaScript. You can also use your browser’s find function (Ctrl+F) on the full text of each plan.',
  'search.related.label': 'Related topics',
  'search.related.tag': 'Editorial grouping',
  'search.related.lead': 'Related topics: ',
  'search.related.separator': '; ',
  'search.related.count': ' ({count, plural, one {# measure} other {# measures}})',
  'search.export': 'Download results (CSV)',
  'search.more': 'Show {next} more ({left} left)',
  'search.retry': 'Try again',
  'search.hit.planText': '{plan} · main text',
  'search.hit.tasks': 'Annex tasks that break this measure down',
  'search.status.searching': 'Searching…',
  'search.status.failed':
    'The search did not finish: the search program or its index files could not be loaded (perhaps the network dropped or the server failed). Please check your connection and select “Try again”.',
  'search.status.onlyExcluded':
    'The query “{query}” has only excluded terms: please write at least one term to look for.',
  'search.status.echo': 'Query: {query}',
  'search.status.none': '{echo}. No measure or paragraph containing {described} was found. {advice}',
  'search.status.none.dropFilters': 'Try again without the filters: ',
  'search.status.none.otherWords': 'Try another word, or only part of it.',
  'search.status.none.dropFiltersLink': 'Search again without filters',
  'search.status.found':
    '{echo}. Found {count, plural, one {# result} other {# results}} containing {described}: {measures, plural, one {# measure} other {# measures}}{texts}.',
  'search.status.found.texts': ', {count, plural, one {# paragraph} other {# paragraphs}} of main text',
  // Search hints (issue 20: gaps and hints)
  'search.hints.label': 'Search tips',
  'search.hints.tag': 'Tip',
  'search.hints.or': 'An “OR” inside a word is read as part of the word. To find texts containing either term, use: ',
  'search.hints.otherLead':
    'Few results. The plans also use the terms below (the editors’ topic aliases; not part of the results above):',
  'search.hints.otherCount': ' ({count, plural, one {# measure} other {# measures}})',
  'search.hints.separator': '; ',
  // English search (branch en-search)
  'search.record.measure': 'Measure {number}: {title}',
  'search.record.task': 'Annex task {task}',
  'search.level.municipal-master-plan': 'Municipal master plan',
  'search.level.district-plan': 'District implementation plan',
  'search.level.prefecture-city-plan': 'Prefecture-level city plan',
  'search.status.chinese':
    'The query is in Chinese characters, so the Chinese text of the plans was searched; the results open the English pages. ',
  'search.describe.term': '“{term}”',
  'search.describe.or': ' or ',
  'search.describe.and': ' and ',
  'search.describe.without': ', without {excluded}',
};
