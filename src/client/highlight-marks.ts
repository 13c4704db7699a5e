/**
 * Highlight on arrival, the marking (loaded by highlight-on-arrival.ts only when the page was opened
 * with terms): marks the terms in the plan text the page shows — the anchored section when the link
 * has one, else the page's main text — and leaves editorial notes alone. On an English page an
 * English term marks the words it matched on /en/search/ (whole words by stem, english.ts); a term
 * in Chinese characters, and every term on a Chinese page, marks the string as /search/ matches it.
 */
import { highlightSegments, highlightTermsFromUrl } from '#lib/search/highlight.ts';
import { fold, type RangeFinder } from '#lib/search/precision.ts';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-editorial], script, style, nav, mark, .search-highlight')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function highlight(roots: Element[], terms: string[], ranges?: RangeFinder): HTMLElement | undefined {
  const nodes = roots.flatMap(textNodes);
  const segments = highlightSegments(
    nodes.map((n) => n.data),
    terms,
    ranges,
  );
  let first: HTMLElement | undefined;
  // Wrap from the end so that earlier offsets in the same node stay valid.
  for (const [index, start, end] of [...segments].reverse()) {
    const node = nodes[index]!;
    const match = node.splitText(start);
    match.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = 'search-highlight';
    match.replaceWith(mark);
    mark.append(match);
    first = mark;
  }
  return first;
}

const HAN = /\p{Script=Han}/u;
const typed = highlightTermsFromUrl(location.search);
const english = document.documentElement.lang === 'en' ? typed.filter((t) => !HAN.test(t)) : [];
const terms = typed
  .filter((t) => !english.includes(t))
  .map(fold)
  .filter((t) => t !== '');
/** Marks the terms; the stemmer is loaded only for English terms on an English page. */
async function markTerms() {
  const englishRanges = english.length > 0 ? (await import('#lib/search/english.ts')).englishRanges : undefined;
  if (terms.length > 0 || english.length > 0) {
    const anchored = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    // A section of plan text runs from its anchor to the next anchor or heading; blocks with only a
    // positional id (b7: records.ts blockId) continue it, as the search record does.
    const continues = (el: Element) => (el.id === '' || /^b\d+$/.test(el.id)) && !/^H\d$/.test(el.tagName);
    const roots: Element[] = [];
    for (let el: Element | null = anchored; el && (el === anchored || continues(el)); el = el.nextElementSibling)
      roots.push(el);
    const main = document.querySelector('main');
    if (roots.length === 0 && main) roots.push(main);
    if (roots.length > 0) {
      const marks = [
        terms.length > 0 ? highlight(roots, terms) : undefined,
        englishRanges ? highlight(roots, english, englishRanges) : undefined,
      ];
      // The first mark in the page's order.
      const first = marks
        .filter((m): m is HTMLElement => m !== undefined)
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
      // A measure page scrolls to its first match; an anchored section is already in view.
      if (first && !anchored) first.scrollIntoView({ block: 'center' });
    }
  }
}

void markTerms();
