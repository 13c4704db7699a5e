/**
 * The site's build pipeline as an Astro integration, so `astro build` and `astro dev` alone do the
 * whole job (as Starlight runs Pagefind inside its own integration):
 *
 * - before anything is rendered, content/ is read once, checked, aligned and compared into the
 *   build context (src/lib/build/context.ts), which every page of the build shares; a content
 *   problem stops the build with the checks' one-line messages;
 * - in `astro dev`, an edit anywhere in content/ drops the context and reloads the page, which
 *   builds it again from the edited files (problems show in the terminal and the error overlay);
 * - when the build is done, the search index is written into the output folder Astro names.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isContentErrors, type ContentErrors } from '#lib/content/errors.ts';
import { CONTENT_DIR, planParses } from '#lib/build/load.ts';
import { currentBuildContext, invalidateBuildContext, refreshBuildContext } from '#lib/build/context.ts';
import { writeSearchIndexes } from '#lib/build/search-index.ts';
import { SEARCH_BUNDLES } from '#lib/search/shards.ts';
import { formatReport } from '#lib/alignment/report.ts';
import { missingSiteWarning } from '#lib/site/site-address.ts';
import { everyPageApaJob } from '#lib/plan/views.ts';

/**
 * What stops the build after the problems are logged (each once, as the checks word it): a short
 * error without a stack trace, which is about the content, not the code.
 */
function contentFailure(error: ContentErrors): Error {
  const failure = new Error(
    `content/ has ${error.errors.length} problem${error.errors.length === 1 ? '' : 's'} (listed above); the build stops`,
  );
  failure.name = 'ContentErrors';
  failure.stack = '';
  return failure;
}

/** Builds the context, logging what it found; returns the problems instead of throwing them. */
function checkContent(
  logger: Pick<AstroIntegrationLogger, 'info' | 'error'>,
  contentDir: string,
): ContentErrors | undefined {
  const started = performance.now();
  try {
    const { library, alignment, counterparts, counterpartMs } = refreshBuildContext(contentDir);
    logger.info(
      `${library.plans.length} plans, ${library.measures.length} measures checked; ${alignment.pairs.length} similar pairs, ` +
        `${counterparts.links.length} counterpart links (${counterpartMs} ms) in ${Math.round(performance.now() - started)} ms`,
    );
    return undefined;
  } catch (error) {
    if (!isContentErrors(error)) throw error;
    logger.error(error.message);
    return error;
  }
}

/** The smallest part of a Vite dev server the content watch uses. */
export interface WatchedServer {
  watcher: { add(path: string): unknown; on(event: 'all', listener: (event: string, path: string) => void): unknown };
  ws: { send(payload: { type: 'full-reload' }): void };
}

/**
 * In `astro dev`: an edit anywhere in content/ (a plan, a source, any YAML file) drops the build
 * context, checks the content again (problems go to the terminal, and to the error overlay of the
 * page reloaded) and reloads the browser, whose next page load renders from the new context.
 */
export function contentWatch(contentDir: string, logger: Pick<AstroIntegrationLogger, 'info' | 'error'>) {
  return {
    name: 'green-finance-plans:content-watch',
    configureServer(server: WatchedServer) {
      server.watcher.add(contentDir);
      server.watcher.on('all', (_event, path) => {
        const inside = relative(contentDir, path);
        if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return;
        logger.info(`content changed: ${['content', ...inside.split(sep)].join('/')}`);
        invalidateBuildContext();
        try {
          checkContent(logger, contentDir);
        } catch (error) {
          // A bug met by this content: shown here and again on the reloaded page; dev keeps running.
          logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

export default function contentPipeline({ contentDir = CONTENT_DIR }: { contentDir?: string } = {}): AstroIntegration {
  return {
    name: 'green-finance-plans:pipeline',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command === 'build') {
          // Without SITE_URL the data files and citations carry site-relative URLs: say so once.
          if (!config.site) logger.warn(missingSiteWarning());
          const problems = checkContent(logger, contentDir);
          if (problems) throw contentFailure(problems);
          const context = currentBuildContext();
          process.stderr.write(formatReport(context.alignment, context.library, context.topics));
          // citeproc's APA costs about a tenth of the build: a worker formats every page's citation while
          // Vite bundles the site, and the pages look them up (getBuildContext waits for them).
          void context.apaCitations.formatAhead(everyPageApaJob(context, config.site)).catch(() => {});
        }
        if (command !== 'dev') return;
        checkContent(logger, contentDir);
        updateConfig({ vite: { plugins: [contentWatch(contentDir, logger)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const context = currentBuildContext();
        const indexes = await writeSearchIndexes(
          [
            { records: context.searchRecords, ...SEARCH_BUNDLES['zh-CN'] },
            { records: context.searchRecordsEn, ...SEARCH_BUNDLES.en },
          ],
          fileURLToPath(dir),
        );
        const measures = context.library.measures.length;
        for (const [{ records, shards, manifest }, language] of indexes.map(
          (s, i) => [s, i === 0 ? 'zh-CN' : 'en'] as const,
        ))
          logger.info(
            `search (${language}): ${measures} measures and ${records - measures} plan-text sections indexed; ${shards} text shards ` +
              `(${manifest.shardBytes} B each on average; one record ${manifest.recordBytes} B)`,
          );
        const plans = context.library.plans.length;
        logger.info(`each of the ${plans} plans parsed ${planParses() / plans} time(s) in this build`);
        // Every page's APA citation should have been formatted ahead (everyPageApaJob foresees them all).
        const onTheSpot = context.apaCitations.formattedOnTheSpot;
        if (onTheSpot > 0) logger.warn(`${onTheSpot} APA citation(s) were formatted while rendering pages, not ahead`);
      },
    },
  };
}
