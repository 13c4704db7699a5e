/**
 * Copying one language of a bilingual page (English plan and measure pages). Each block stands in
 * two cells, [data-lang-cell="zh-CN"] and [data-lang-cell="en"]; a selection that starts in one
 * language's cell copies only the text of that language's cells (the part of each that the
 * selection covers), without badges, tool links or anything marked data-copy-skip. The measure
 * page's "Copy English" / "Copy Chinese" buttons ([data-copy-lang]) copy one language's cells
 * whole; their words come from the page (data-copied, data-failed). Without JavaScript the
 * buttons stay hidden and the page reads and copies as plain HTML.
 */

const CELL = '[data-lang-cell]';

function cellOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>(CELL) ?? null;
}

/** The visible text of an element (or fragment), paragraphs on their own lines, skipped parts left out. */
function textOf(root: ParentNode): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) {
      node.childNodes.forEach(walk);
      return;
    }
    if (node.hasAttribute('data-copy-skip') || node.matches('.task-link, .shared-ref, script, style')) return;
    const block = /^(P|DIV|TR|LI|H[1-6]|SECTION|TABLE)$/.test(node.tagName);
    if (block && line.trim()) {
      lines.push(line.trim());
      line = '';
    }
    node.childNodes.forEach(walk);
    if (node.tagName === 'TD' || node.tagName === 'TH') line += '\t';
    if (block && line.trim()) {
      lines.push(line.trim());
      line = '';
    }
  };
  walk(root as Node);
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n');
}

/** The text of one language's cells within a selection range. */
function languageText(range: Range, lang: string): string {
  const parts: string[] = [];
  for (const cell of document.querySelectorAll<HTMLElement>(`${CELL}[data-lang-cell="${lang}"]`)) {
    if (!range.intersectsNode(cell)) continue;
    const part = document.createRange();
    part.selectNodeContents(cell);
    if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0)
      part.setStart(range.startContainer, range.startOffset);
    if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
    const text = textOf(part.cloneContents());
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}

document.addEventListener('copy', (event) => {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !event.clipboardData) return;
  const start = cellOf(selection.anchorNode);
  const range = selection.getRangeAt(0);
  // The language of the cell the selection started in (anchorNode), else of the first cell it covers.
  const lang =
    start?.dataset.langCell ??
    [...document.querySelectorAll<HTMLElement>(CELL)].find((cell) => range.intersectsNode(cell))?.dataset.langCell;
  if (!lang) return;
  const text = languageText(range, lang);
  if (!text) return;
  event.clipboardData.setData('text/plain', text);
  event.preventDefault();
});

for (const box of document.querySelectorAll<HTMLElement>('[data-copy-languages]')) {
  const status = box.querySelector<HTMLElement>('[role="status"]');
  if (!navigator.clipboard) continue;
  box.hidden = false;
  for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-copy-lang]')) {
    button.addEventListener('click', async () => {
      const cells = [...document.querySelectorAll<HTMLElement>(`${CELL}[data-lang-cell="${button.dataset.copyLang}"]`)];
      try {
        await navigator.clipboard.writeText(cells.map((cell) => textOf(cell)).join('\n\n'));
        if (status) status.textContent = box.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = box.dataset.failed ?? '';
      }
    });
  }
}
