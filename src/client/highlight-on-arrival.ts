/**
 * Highlight on arrival: a page opened from a search result (?highlight=碳账户, see
 * src/lib/search/highlight.ts) marks the terms in the plan text it shows. Without JavaScript the
 * page reads as always. Most readers do not arrive from a search, so the marking code (with the
 * term matching it shares with search) is loaded only when the URL carries terms.
 */
import { HIGHLIGHT_PARAM } from '#lib/search/highlight-param.ts';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./highlight-marks.ts');
