/**
 * The facts about the document that its text prints: title, 文号, issuers, dates, publication
 * marking, basis documents, region and level. What cannot be read stays empty and is listed.
 */
import { DATE_LINE, type DraftDocument } from './structure.ts';

export interface LibraryPlanRef {
  slug: string;
  title: string;
}

export interface ReadFrontmatter {
  title: string;
  shortName: string;
  issuers: string[];
  documentNumber: { value: string; inSource: boolean } | null;
  dateIssued: string;
  datePrinted?: string;
  region: { province: string; city?: string; district?: string };
  level: 'municipal-master-plan' | 'district-plan' | 'prefecture-city-plan' | '';
  publication: '此件公开发布' | '此件不公开发布' | 'none';
  basis: { cited: string; documentNumber?: string; plan?: string }[];
  completeness: { status: 'complete' | 'excerpt'; stopsAt?: string };
  source: string;
  measureNumbering: 'sequential' | 'outline';
}

/** A field the text does not print: the editor must fill it in. */
export interface MissingField {
  field: string;
  why: string;
  expected: string;
}

/** The province-level divisions of China, as plans name them. */
const PROVINCES = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
];
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
/** National issuers: a plan they issue for a province-level area is its master plan. */
const NATIONAL = /^(中国人民银行|国务院|国家|发展改革委|财政部|生态环境部|银保监会|证监会|金融监管总局)/;

export function isoDate(printed: string): string | undefined {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(printed);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

function shortProvince(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
}

/** Province, city and district named by the issuer (or, failing that, the title). */
function regionOf(issuers: readonly string[], title: string, fullText: string) {
  const named = [...issuers, title].join('\n');
  let province = PROVINCES.find((p) => named.includes(p)) ?? PROVINCES.find((p) => named.includes(shortProvince(p)));
  const rest = (issuers[0] ?? title).replace(province ?? '', '');
  const district = /^([\p{Script=Han}]{1,4}?[区县])/u.exec(rest)?.[1];
  let city = /^([\p{Script=Han}]{2,4}?市)/u.exec(rest)?.[1];
  if (province && MUNICIPALITIES.has(province)) city = undefined;
  if (!province) {
    // A city's plan may not print its province: the province the text mentions most.
    const counts = PROVINCES.map((p) => ({ p, n: fullText.split(shortProvince(p)).length - 1 })).sort(
      (a, b) => b.n - a.n,
    );
    if (counts[0] && counts[0].n > 0) province = counts[0].p;
  }
  return { province, city, district: district && !district.endsWith('市') ? district : undefined };
}

export function readFrontmatter(
  doc: DraftDocument,
  source: string,
  library: readonly LibraryPlanRef[],
): { frontmatter: ReadFrontmatter; missing: MissingField[]; shortName?: string } {
  const missing: MissingField[] = [];
  const blocks = doc.blocks;
  const signature = blocks.find((b) => b.kind === 'signature');
  const signatureLines = signature?.kind === 'signature' ? signature.lines : [];
  const issuers = signatureLines
    .filter((l) => !DATE_LINE.test(l))
    .flatMap((l) => l.split(/[\s\u3000]+/).filter(Boolean));
  const dateIssued = isoDate(signatureLines.find((l) => DATE_LINE.test(l)) ?? '') ?? '';
  const colophon = blocks.filter((b) => b.kind === 'colophon').flatMap((b) => (b.kind === 'colophon' ? b.lines : []));
  const datePrinted = isoDate(colophon.find((l) => /印发$/.test(l)) ?? '');
  const number = blocks.find((b) => b.kind === 'documentNumber');
  const title = doc.planTitle ?? '';
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  const marking = paragraphs
    .map((p) => /^[（(](此件(?:不)?公开发布)[）)]$/.exec(p)?.[1])
    .find((m) => m !== undefined) as ReadFrontmatter['publication'] | undefined;

  // Basis: documents cited in the notice and in the plan's preamble (before its first part).
  const titleAt = blocks.findIndex((b) => b.kind === 'title' && b.text === title);
  const firstPart = blocks.findIndex((b, i) => i > titleAt && (b.kind === 'part' || ('path' in b && b.path)));
  const citing = blocks
    .slice(0, firstPart < 0 ? blocks.length : firstPart)
    .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  const basis: ReadFrontmatter['basis'] = [];
  const compact = (s: string) => s.replace(/\s+/g, '');
  for (const text of citing) {
    for (const m of text.matchAll(/《([^》]+)》(?:[（(]([^）)]*〔\d{4}〕\d+号)[）)])?/g)) {
      const cited = m[1]!;
      if (compact(cited) === compact(title) || basis.some((b) => b.cited === cited)) continue;
      const plan = library.find((p) => compact(p.title) === compact(cited))?.slug;
      basis.push({ cited, ...(m[2] ? { documentNumber: m[2] } : {}), ...(plan ? { plan } : {}) });
    }
  }

  const fullText = blocks
    .map((b) => ('text' in b ? b.text : 'paragraphs' in b ? b.paragraphs.join('') : ''))
    .join('\n');
  const region = regionOf(issuers, title, fullText);
  const national = issuers.length > 0 && issuers.every((i) => NATIONAL.test(i));
  const level: ReadFrontmatter['level'] = region.district
    ? 'district-plan'
    : region.city
      ? 'prefecture-city-plan'
      : national || (region.province && MUNICIPALITIES.has(region.province))
        ? 'municipal-master-plan'
        : '';

  if (!title)
    missing.push({ field: 'title', why: 'no plan title found in the text', expected: 'the title exactly as printed' });
  if (issuers.length === 0)
    missing.push({
      field: 'issuers',
      why: 'no <Signature> with an issuer found',
      expected: 'the issuing bodies as printed in the signature',
    });
  if (!dateIssued)
    missing.push({
      field: 'dateIssued',
      why: 'no date in a signature found',
      expected: 'the date in the signature, YYYY-MM-DD',
    });
  if (!number)
    missing.push({
      field: 'documentNumber',
      why: 'the text prints no 文号',
      expected: 'null, or the 文号 with inSource: false and a note saying where it comes from',
    });
  if (!region.province)
    missing.push({ field: 'region.province', why: 'no province named', expected: 'e.g. 重庆市, 四川省' });
  if (!level)
    missing.push({
      field: 'level',
      why: 'the issuer names no district or city',
      expected: 'municipal-master-plan, district-plan or prefecture-city-plan',
    });
  missing.push({
    field: 'shortName',
    why: 'editorial, not printed',
    expected: 'a short name of at most 8 characters, e.g. 潼南',
  });

  const place = region.district ?? region.city ?? region.province;
  const shortName = place
    ? place.replace(/(区|县|市)$/, '') + (level === 'municipal-master-plan' ? '总体方案' : '')
    : undefined;
  return {
    frontmatter: {
      title,
      shortName: '',
      issuers,
      documentNumber: number && number.kind === 'documentNumber' ? { value: number.text, inSource: true } : null,
      dateIssued,
      ...(datePrinted ? { datePrinted } : {}),
      region: {
        province: region.province ?? '',
        ...(region.city ? { city: region.city } : {}),
        ...(region.district ? { district: region.district } : {}),
      },
      level,
      publication: marking ?? 'none',
      basis,
      completeness: doc.stopsAt ? { status: 'excerpt', stopsAt: doc.stopsAt } : { status: 'complete' },
      source,
      measureNumbering: doc.numbering,
    },
    missing,
    shortName: shortName && shortName.length <= 8 ? shortName : undefined,
  };
}
