/**
 * The copy-link control (CopyLink.astro): the link shown becomes the address the reader is on, and
 * where the clipboard API exists a button copies it. Its words come from the page (data-copied,
 * data-failed), which takes them from the catalogue.
 */
for (const box of document.querySelectorAll<HTMLElement>('[data-copy-link]')) {
  const input = box.querySelector('input')!;
  const button = box.querySelector('button')!;
  const status = box.querySelector('[role="status"]')!;
  // The printed link uses the configured site address; the address the reader is on is the one to copy.
  input.value = new URL(location.pathname, location.origin).href;
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = box.dataset.copied ?? '';
    } catch {
      input.select();
      status.textContent = box.dataset.failed ?? '';
    }
  });
}
