/** The query parameter that carries search terms to the page a result opens (see highlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';
