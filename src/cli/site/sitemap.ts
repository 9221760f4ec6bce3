/** sitemap.xml: every page's full address (so only with --base-url), with its date when the catalogue gives one. */
import { escapeHtml } from '../prerender/html.js';
import { type Site, absoluteUrl } from './layout.js';
import type { WrittenPage } from './pages.js';

export function sitemap(site: Site, pages: readonly WrittenPage[]): string | undefined {
  if (!site.baseUrl) return undefined;
  // XML needs &, <, > and quotes escaped as HTML does.
  const urls = pages.map((page) => `  <url><loc>${escapeHtml(absoluteUrl(site, page.path)!)}</loc>${page.updated ? `<lastmod>${page.updated}</lastmod>` : ''}</url>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`;
}
