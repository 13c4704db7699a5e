/**
 * The plan outline (PlanOutline.astro). Without JavaScript the outline stays open; on a narrow
 * screen it starts folded so the text comes first.
 */
if (window.matchMedia('(max-width: 62rem)').matches) {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-outline]')) details.open = false;
}
