/**
 * The APA citations of the plan and measure pages, formatted ahead of the pages.
 *
 * citeproc compiles the APA style once per process (about 0.4–1 s) and then formats each citation in
 * a few milliseconds, on the thread that renders the pages: about a tenth of a cold build. So the
 * build hands every page's CSL item to a worker thread when the build context is ready, and it
 * formats them while Vite bundles the site; the pages then look their citation up. (At 20× the
 * corpus the scale benchmark's build took 77 s formatting them on the page thread, 59 s with the
 * worker.) A citation not formatted ahead (in dev, in tests, or an item the list did not foresee)
 * is formatted on the spot, to the same text: the cache saves time and never changes what is printed.
 */
import { Worker } from 'node:worker_threads';
import type { Locale } from '#lib/i18n/catalogue.ts';
import { apaCitation, apaCitationEn, type CslItem } from './citation.ts';

/** One page's citation to format: its CSL item and the edition whose APA form it gets. */
export interface ApaJob {
  item: CslItem;
  locale: Locale;
}

/** The APA text of a job, as the pages print it (English pages: the English titles in brackets). */
export function formatApa({ item, locale }: ApaJob): string {
  return locale === 'en' ? apaCitationEn(item) : apaCitation(item);
}

const keyOf = ({ item, locale }: ApaJob) => `${locale}\u0000${JSON.stringify(item)}`;

export class ApaCitations {
  readonly #formatted = new Map<string, string>();
  /** Settles when the worker's citations are in (at once when none were asked for). */
  ready: Promise<void> = Promise.resolve();
  /** How many citations were formatted on the spot, not ahead (a build's should be none). */
  formattedOnTheSpot = 0;

  /** The APA text of a page's citation: formatted ahead, or now. */
  format(job: ApaJob): string {
    const key = keyOf(job);
    let text = this.#formatted.get(key);
    if (text === undefined) {
      text = formatApa(job);
      this.formattedOnTheSpot++;
      this.#formatted.set(key, text);
    }
    return text;
  }

  /**
   * Formats the jobs in a worker thread; `ready` settles when they are in, and rejects if the worker
   * fails. One worker: at 20× the corpus, two (one per core) made the build slower (68.5 s against
   * 58.9 s), as they compete with Vite's bundling for the cores.
   */
  formatAhead(jobs: readonly ApaJob[]): Promise<void> {
    this.ready = this.#formatInWorker(jobs);
    return this.ready;
  }

  #formatInWorker(jobs: readonly ApaJob[]): Promise<void> {
    const worker = new Worker(new URL('./apa-worker.ts', import.meta.url), { workerData: jobs });
    return new Promise<void>((resolve, reject) => {
      worker.once('message', (texts: string[]) => {
        jobs.forEach((job, i) => this.#formatted.set(keyOf(job), texts[i]!));
        resolve();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`the APA citation worker stopped with exit code ${code}`));
      });
    });
  }
}
