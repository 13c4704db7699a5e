/**
 * The printed citations (CitationBlock.astro): the access date becomes the reader's today and the
 * URL the address the reader is on.
 */
const today = new Date();
const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
for (const el of document.querySelectorAll('[data-access-date]')) el.textContent = iso;
for (const el of document.querySelectorAll('[data-citation-url]'))
  el.textContent = new URL(location.pathname, location.origin).href;
