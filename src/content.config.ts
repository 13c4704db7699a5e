/**
 * The content collections. Plans stay in content/plans/*.mdx; the loader reads them with the
 * project's parser (src/lib/plan/), and the schema is the plan frontmatter schema, with the
 * measure model our parse built beside it.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { planLoader } from '#lib/content/plan-loader.ts';
import { planFrontmatterSchema } from '#lib/plan/schema.ts';
import type { Measure, PlanBlock } from '#lib/plan/model.ts';
import type { AnnexTask } from '#lib/plan/annex-tasks.ts';

/** Built by our parser and checked there; kept as it is so blocks and measures stay the same objects. */
const built = <T>(description: string) => z.array(z.custom<T>()).describe(description);

const plans = defineCollection({
  loader: planLoader(),
  schema: z.strictObject({
    slug: z.string().describe('The file name without .mdx; the plan’s URL segment.'),
    file: z.string().describe('The plan file, e.g. content/plans/tongnan.mdx, for messages.'),
    meta: planFrontmatterSchema,
    blocks: built<PlanBlock>('The text as printed, block by block, with outline anchors.'),
    measures: built<Measure>('The measures, in document order.'),
    annexTasks: built<AnnexTask>('The rows of the annex task tables, linked to their measures.'),
  }),
});

export const collections = { plans };
