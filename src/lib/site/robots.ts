/** robots.txt: everything may be crawled; the sitemap is named only when its absolute address is known. */
export function robotsTxt(site: URL | string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  return lines.join('\n') + '\n';
}
