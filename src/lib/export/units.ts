/** /data/agencies.json and /data/units.csv: the registry of lead and responsible units. */
import type { AgencyRegistry } from '#lib/agencies/agencies.ts';
import { excelCsv } from './csv.ts';
import { csvSchema, fieldsOf, required, tableSchema, unique, type Bilingual } from './table-schema.ts';

export type UnitRecord = ReturnType<typeof agenciesExport>['agencies'][number];

export const UNIT_SCHEMA = tableSchema(
  fieldsOf<UnitRecord>({
    id: {
      type: 'string',
      description: '单位代码，也是单位页面地址 /agencies/<id>/ 的一部分。',
      descriptionEn: 'Unit code, also part of the address of the unit’s page, /agencies/<id>/.',
      constraints: unique,
    },
    name: {
      type: 'string',
      description: '单位全称（编者整理，以方案印发时的名称为准；未能核实处见 note）。',
      descriptionEn:
        'Full name of the unit (compiled by the editors, as the unit was named when the plan was issued; where this could not be verified, see note).',
      constraints: required,
    },
    aliases: {
      type: 'array',
      description: '方案中出现的全部写法。measures.json 中 lead、responsible 的每个名称都在某个单位的 aliases 中。',
      descriptionEn:
        'Every form of the name printed in the plans. Each name in the lead and responsible fields of measures.json is among the aliases of a unit.',
    },
    type: {
      type: 'string',
      description: '单位类型代码（类型见 agencies.json 的 types），用于跨方案比较。',
      descriptionEn:
        'Unit type code (the types are listed under types in agencies.json), used to compare across plans.',
      constraints: required,
    },
    jurisdiction: {
      type: 'string',
      description: '所在地与辖区。',
      descriptionEn: 'Location and jurisdiction.',
      constraints: required,
    },
    plans: {
      type: 'array',
      description: '这些写法在哪些方案中指这个单位：同一写法（如“区财政局”）在不同方案中指不同单位。',
      descriptionEn:
        'The plans in which these forms refer to this unit: the same form (such as “区财政局”, District Finance Bureau) refers to different units in different plans.',
    },
    note: {
      type: 'string',
      description: '编者说明，没有时为空（null）。',
      descriptionEn: 'Editors’ note; null when there is none.',
    },
    nameEn: {
      type: 'string',
      description: '单位的英文名（编者所译，地名用汉语拼音），用于英文页面；非官方译名，以中文名称为准。',
      descriptionEn:
        'English name of the unit (editorial translation; place names in pinyin), used on the English pages; not an official name, the Chinese name is authoritative.',
      constraints: required,
    },
  }),
  { primaryKey: 'id' },
);

export const UNIT_CSV_SCHEMA = csvSchema(UNIT_SCHEMA, { aliases: '、', plans: ' ' });

export const UNIT_EXTRA_FIELDS: Readonly<Record<string, Bilingual>> = {
  'types[]': {
    zh: '单位类型（编者所加）：id、name（中文名）、nameEn（英文名）。',
    en: 'Unit types (editorial): id, name (Chinese name), nameEn (English name).',
  },
};

/** /data/agencies.json: {types, agencies: [{id, name, aliases, type, jurisdiction, plans, note, nameEn}]}. */
export function agenciesExport(registry: AgencyRegistry) {
  return {
    types: registry.types,
    agencies: registry.agencies.map(({ id, name, aliases, type, jurisdiction, plans, note, nameEn }) => ({
      id,
      name,
      aliases,
      type: type as string,
      jurisdiction,
      plans,
      note: note ?? null,
      nameEn,
    })),
  };
}

export function unitsCsv(data: ReturnType<typeof agenciesExport>): string {
  return excelCsv(
    UNIT_CSV_SCHEMA,
    data.agencies.map((a) => [
      a.id,
      a.name,
      a.aliases.join('、'),
      a.type,
      a.jurisdiction,
      a.plans.join(' '),
      a.note,
      a.nameEn,
    ]),
  );
}
