/**
 * The two-plan picker on /compare/: without JavaScript the page lists every pair as links; with it,
 * the form is shown and choosing two plans opens their compare page (earlier plan first).
 */
import { comparePath } from '#lib/site/paths.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form.compare-picker')) {
  const order = (form.dataset.order ?? '').split(' ');
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = (form.elements.namedItem('a') as HTMLSelectElement).value;
    const b = (form.elements.namedItem('b') as HTMLSelectElement).value;
    if (a === b) {
      status.textContent = '请选择两份不同的方案。';
      return;
    }
    window.location.assign(comparePath(a, b, order));
  });
}
