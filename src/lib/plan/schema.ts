import { z } from 'astro/zod';
import { isoDate } from '#lib/content/fields.ts';

export { isoDate };

export const PLAN_LEVELS = ['municipal-master-plan', 'district-plan', 'prefecture-city-plan'] as const;
export const PUBLICATION_MARKINGS = ['此件公开发布', '此件不公开发布', 'none'] as const;

/** Frontmatter of a plan in content/plans/<slug>.mdx. Everything here is about the document, not its words. */
export const planFrontmatterSchema = z
  .strictObject({
    title: z
      .string()
      .min(1)
      .describe('The plan title exactly as printed, e.g. 潼南区建设绿色金融改革创新试验区工作方案.'),
    shortName: z.string().min(1).max(8).describe('A short name for tables and charts, e.g. 潼南 (editorial).'),
    issuers: z
      .array(z.string().min(1))
      .min(1)
      .describe('The issuing bodies as printed in the signature, in the printed order.'),
    documentNumber: z
      .strictObject({
        value: z
          .string()
          .regex(/〔\d{4}〕\d+号$/, 'expected a 文号 such as 潼南府办发〔2023〕6号')
          .describe('The 文号.'),
        inSource: z
          .boolean()
          .describe(
            'Whether our source text prints it; if not, the build does not look for it and `note` says where it comes from.',
          ),
        note: z
          .string()
          .optional()
          .describe('Editorial: where the number comes from when the source does not print it.'),
      })
      .nullable()
      .describe('The 文号, or null when none is known.'),
    dateIssued: isoDate.describe('The date in the signature (成文日期).'),
    datePrinted: isoDate.optional().describe('The 印发 date in the colophon, where printed.'),
    region: z
      .strictObject({
        province: z.string().min(1).describe('Province or province-level municipality, e.g. 重庆市, 四川省.'),
        city: z.string().min(1).optional().describe('Prefecture-level city, e.g. 攀枝花市.'),
        district: z.string().min(1).optional().describe('District or county, e.g. 潼南区.'),
      })
      .describe('The area the plan governs.'),
    level: z
      .enum(PLAN_LEVELS)
      .describe('municipal-master-plan (市级总体方案), district-plan (区县方案) or prefecture-city-plan (地级市方案).'),
    publication: z
      .enum(PUBLICATION_MARKINGS)
      .describe(
        'The publication marking as printed: 此件公开发布, 此件不公开发布, or none when the text prints neither.',
      ),
    basis: z
      .array(
        z.strictObject({
          cited: z.string().min(1).describe('The cited title as it stands inside 《》 in the text.'),
          documentNumber: z.string().optional().describe('The 文号 printed with the citation, if any.'),
          plan: z.string().optional().describe('Slug of the cited document when it is in this library.'),
        }),
      )
      .describe('The documents the plan names as its basis, in the order cited.'),
    completeness: z
      .strictObject({
        status: z
          .enum(['complete', 'excerpt'])
          .describe('excerpt when our source text stops before the end of the plan.'),
        stopsAt: z
          .string()
          .optional()
          .describe('For an excerpt: the outline label (e.g. 二（五）) of the part where the text breaks off.'),
        note: z
          .string()
          .optional()
          .describe('Editorial: what is missing or odd in the source, shown on the plan page.'),
      })
      .refine((c) => (c.status === 'excerpt') === (c.stopsAt !== undefined), {
        message: 'expected stopsAt for an excerpt (status: excerpt), and no stopsAt for a complete text',
        path: ['stopsAt'],
      })
      .describe('How much of the plan our source text holds.'),
    source: z
      .string()
      .regex(/^[\w.-]+\.txt$/, 'expected a file name in content/sources/')
      .describe('The received text in content/sources/ this MDX was made from.'),
    measureNumbering: z
      .enum(['sequential', 'outline'])
      .describe(
        'sequential: measures are numbered 1, 2, 3 … through the plan (the number is the printed item label). ' +
          'outline: a measure number is its place in the outline, e.g. 3.1.2 for 三（一）2.',
      ),
  })
  .describe('Frontmatter of a plan document.');

export type PlanFrontmatter = z.output<typeof planFrontmatterSchema>;
export type PlanLevel = (typeof PLAN_LEVELS)[number];
