/**
 * The comparison of /compare/text/, off the page's thread so that a long text keeps the page
 * responsive. It fetches the library file once (the site's own file; the text itself is never
 * sent anywhere) and answers each text with the rows the page prints and the JSON it downloads.
 */
import { comparePasted, comparisonJson, pasteRows, type PasteLibrary } from '#lib/intake/paste.ts';
import { comparisonCsv } from '#lib/intake/text-summary.ts';

export type WorkerRequest = { id: number; text: string; libraryHref: string; locale: 'zh-CN' | 'en' };
export type WorkerAnswer =
  | { id: number; ok: true; rows: ReturnType<typeof pasteRows>; json: string; csv: string }
  | { id: number; ok: false; problem: 'empty' | 'noMeasures' | 'failed' };

let library: Promise<PasteLibrary> | undefined;

function load(href: string): Promise<PasteLibrary> {
  library ??= fetch(href).then((response) => {
    if (!response.ok) throw new Error(`${href}: ${response.status}`);
    return response.json() as Promise<PasteLibrary>;
  });
  // A failed load is tried again with the next text.
  library.catch(() => (library = undefined));
  return library;
}

self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const { id, text, libraryHref, locale } = event.data;
  let answer: WorkerAnswer;
  try {
    const data = await load(libraryHref);
    const outcome = comparePasted(text, data);
    answer = outcome.ok
      ? {
          id,
          ok: true,
          rows: pasteRows(outcome.result, data, locale),
          json: JSON.stringify(comparisonJson(outcome.result), null, 2) + '\n',
          csv: comparisonCsv(outcome.result, self.location.origin),
        }
      : { id, ok: false, problem: outcome.problem };
  } catch (error) {
    console.error(error);
    answer = { id, ok: false, problem: 'failed' };
  }
  self.postMessage(answer);
});
