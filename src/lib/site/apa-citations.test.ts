/** The pages' APA citations formatted ahead in a worker thread: the same text, and none left to format. */
import { describe, expect, it } from 'vitest';
import { refreshBuildContext } from '#lib/build/context.ts';
import { everyPageApaJob, measurePage, planPage } from '#lib/plan/views.ts';
import { measureRoutes, planRoutes } from '#lib/site/routes.ts';
import { LOCALES } from '#lib/i18n/catalogue.ts';
import { ApaCitations, formatApa } from './apa-citations.ts';

const context = refreshBuildContext();
const site = 'https://plans.example.cn';

describe('APA citations formatted ahead', () => {
  it('are the texts formatted on the spot, in both editions', async () => {
    const jobs = everyPageApaJob(context, site).filter((job) => /^(tongnan|panzhihua)(\/3\.1\.2)?$/.test(job.item.id));
    expect(jobs.map((j) => j.locale).sort()).toEqual(['en', 'en', 'en', 'zh-CN', 'zh-CN', 'zh-CN']);
    const ahead = new ApaCitations();
    await ahead.formatAhead(jobs);
    for (const job of jobs) expect(ahead.format(job)).toBe(formatApa(job));
    expect(ahead.formattedOnTheSpot).toBe(0);
  }, 30_000);

  it('cover every plan and measure page of both editions, so no page formats one itself', async () => {
    const apaCitations = new ApaCitations();
    await apaCitations.formatAhead(everyPageApaJob(context, site));
    const ctx = { ...context, apaCitations };
    const url = new URL(site);
    for (const locale of LOCALES) {
      for (const { props } of planRoutes(context.library)) planPage(ctx, props, url, locale);
      for (const { props } of measureRoutes(context.library)) measurePage(ctx, props, url, locale);
    }
    expect(apaCitations.formattedOnTheSpot).toBe(0);
  }, 30_000);

  it('make the build stop when the worker fails', async () => {
    const broken = new ApaCitations();
    const job = everyPageApaJob(context, site)[0]!;
    // A job without an item makes the worker throw; the promise the build waits on rejects.
    await expect(broken.formatAhead([{ ...job, item: null as never }])).rejects.toThrow();
  }, 30_000);
});
