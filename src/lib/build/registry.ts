/**
 * Every file of content/ the build reads: its name, what it becomes and who reads it. The loader
 * (load.ts) reads exactly these, each through the checked reader, and the content digest covers
 * exactly what it read. A new editorial file is added here first.
 */
import { AGENCIES_FILE } from '#lib/agencies/agencies.ts';
import { UNIT_TYPE_RULES_FILE } from '#lib/agencies/type-rules.ts';
import { NAME_EQUIVALENTS_FILE } from '#lib/compare/names.ts';
import { STRENGTH_SCALE_FILE } from '#lib/compare/strength.ts';
import { PERIODS_FILE } from '#lib/plan/periods.ts';
import { SUMMARIES_FILE } from '#lib/plan/summaries.ts';
import { TARGETS_FILE } from '#lib/targets/targets.ts';
import { MEASURE_TOPICS_FILE, TAXONOMY_FILE } from '#lib/topics/topics.ts';
import { GLOSSARY_FILE } from '#lib/translation/glossary.ts';

export interface ContentFileEntry {
  /** The path an editor sees, e.g. content/taxonomy.yaml. */
  file: string;
  /** What the build makes of it (the builder that checks it, with its schema). */
  builds: string;
  /** Who uses what it becomes. */
  readBy: string;
}

/** The two folders: one file per plan, one received text per source. */
export const CONTENT_FOLDERS = {
  plans: {
    file: 'content/plans',
    builds: 'the library (src/lib/plan/library.ts buildLibrary; frontmatter schema src/lib/plan/schema.ts)',
    readBy: 'every page, the data files, the alignment, the search index',
  },
  sources: {
    file: 'content/sources',
    builds: 'the received texts each plan is checked against, served as /sources/<file>',
    readBy: 'the plan checks, /sources/',
  },
  translations: {
    file: 'content/translations/en',
    builds: 'the English translation of each plan (src/lib/translation/translation.ts buildTranslations)',
    readBy: 'the English pages, the data files',
  },
} as const satisfies Record<string, ContentFileEntry>;

/** The editorial data files, each one YAML file checked against its schema. */
export const DATA_FILES = {
  taxonomy: {
    file: TAXONOMY_FILE,
    builds: 'the topics and their categories (src/lib/topics/topics.ts buildTopicIndex)',
    readBy: 'topic pages, search filters, the alignment',
  },
  measureTopics: {
    file: MEASURE_TOPICS_FILE,
    builds: 'the topics of each measure (src/lib/topics/topics.ts buildTopicIndex)',
    readBy: 'topic pages, measure pages, the alignment, the search index',
  },
  agencies: {
    file: AGENCIES_FILE,
    builds: 'the unit registry (src/lib/agencies/agencies.ts buildAgencyRegistry)',
    readBy: 'agency pages, the name table, the counterparts',
  },
  unitTypeRules: {
    file: UNIT_TYPE_RULES_FILE,
    builds: 'the words of a unit name that fix its type (src/lib/agencies/type-rules.ts checkUnitTypes)',
    readBy: 'the unit registry check',
  },
  targets: {
    file: TARGETS_FILE,
    builds: 'the target table (src/lib/targets/targets.ts buildTargets)',
    readBy: '/targets/, the data files, the counterparts',
  },
  periods: {
    file: PERIODS_FILE,
    builds: 'the plan periods (src/lib/plan/periods.ts buildPeriods)',
    readBy: 'plan pages, the home page, the data files',
  },
  nameEquivalents: {
    file: NAME_EQUIVALENTS_FILE,
    builds: 'the name table (src/lib/compare/names.ts buildNameTable)',
    readBy: 'the counterparts and the redlines',
  },
  summaries: {
    file: SUMMARIES_FILE,
    builds: 'the plain-language summary of each plan (src/lib/plan/summaries.ts buildSummaries)',
    readBy: 'plan pages and the home page, in both languages',
  },
  glossary: {
    file: GLOSSARY_FILE,
    builds: 'the English of recurring terms (src/lib/translation/glossary.ts buildGlossary)',
    readBy: 'the translation checks, the English pages',
  },
  strengthScale: {
    file: STRENGTH_SCALE_FILE,
    builds: 'the strength scale (src/lib/compare/strength.ts buildStrengthScale)',
    readBy: 'the counterparts',
  },
} as const satisfies Record<string, ContentFileEntry>;

export type DataFileKey = keyof typeof DATA_FILES;
