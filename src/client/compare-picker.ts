/**
 * The two-plan picker on /compare/: without JavaScript the page lists every pair with a page as
 * links; with it, the form is shown and choosing two plans opens their compare page (earlier plan
 * first), or says that the pair has none (`data-pages` lists the pages, when not every pair has one).
 * Its two messages come with the form (data-same-twice, data-no-page) in the page's language, and
 * it opens the page of the form's edition (data-edition: en, or zh-CN).
 */
import { comparePath } from '#lib/site/paths.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form.compare-picker')) {
  const order = (form.dataset.order ?? '').split(' ');
  const pages = form.dataset.pages === undefined ? undefined : new Set(form.dataset.pages.split(' '));
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = (form.elements.namedItem('a') as HTMLSelectElement).value;
    const b = (form.elements.namedItem('b') as HTMLSelectElement).value;
    if (a === b) {
      status.textContent = form.dataset.sameTwice ?? '';
      return;
    }
    const path = comparePath(a, b, order, form.dataset.edition === 'en' ? 'en' : 'zh-CN');
    if (pages && !pages.has(path)) {
      status.textContent = form.dataset.noPage ?? '';
      return;
    }
    window.location.assign(path);
  });
}
