/**
 * Highlight on arrival, the marking (loaded by highlight-on-arrival.ts only when the page was opened
 * with terms): marks the terms in the plan text the page shows — the anchored section when the link
 * has one, else the page's main text — and leaves editorial notes alone.
 */
import { highlightSegments, highlightTermsFromUrl } from '#lib/search/highlight.ts';
import { fold } from '#lib/search/precision.ts';

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

function highlight(roots: Element[], terms: string[]): HTMLElement | undefined {
  const nodes = roots.flatMap(textNodes);
  const segments = highlightSegments(
    nodes.map((n) => n.data),
    terms,
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

const terms = highlightTermsFromUrl(location.search)
  .map(fold)
  .filter((t) => t !== '');
if (terms.length > 0) {
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
    const first = highlight(roots, terms);
    // A measure page scrolls to its first match; an anchored section is already in view.
    if (first && !anchored) first.scrollIntoView({ block: 'center' });
  }
}
