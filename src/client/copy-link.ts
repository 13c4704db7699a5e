/**
 * The copy-link control (CopyLink.astro): the link shown becomes the address the reader is on, and
 * where the clipboard API exists a button copies it.
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
      status.textContent = '已复制';
    } catch {
      input.select();
      status.textContent = '请按 Ctrl+C 复制';
    }
  });
}
