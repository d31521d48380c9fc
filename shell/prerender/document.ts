/**
 * A prerendered page as one HTML document: the shell's built index.html (its start-up script, styles and entry)
 * with the page's head tags, the rendered frame in #root and the reads it was rendered with (#folio-data, read by
 * the shell before it hydrates).
 */
import { PRERENDER_DATA_ELEMENT } from '@folio/config/web/prerender-data';
import { escapeHtml, scriptJson } from './head';

/** `data` undefined: the browser renders the page afresh over the HTML instead of hydrating it (the 404 page). */
export function pageDocument(
  indexHtml: string,
  page: { head: string; styles: readonly string[]; html: string; data?: Record<string, unknown> },
) {
  const root = '<div id="root"></div>';
  if (!indexHtml.includes(root)) throw new Error('The shell\'s index.html has no empty <div id="root">');
  // React renders a page's <title> into its markup too (hoisted into <head> on the client): the head's own wins.
  const body = page.html.replace(/^<title>[^<]*<\/title>/, '');
  return indexHtml
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/<title>[^<]*<\/title>/, () => page.head)
    .replace(
      '</head>',
      () => `${page.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}" />`).join('')}</head>`,
    )
    .replace(
      root,
      () =>
        `<div id="root">${body}</div>` +
        (page.data
          ? `\n    <script type="application/json" id="${PRERENDER_DATA_ELEMENT}">${scriptJson(page.data)}</script>`
          : ''),
    );
}
