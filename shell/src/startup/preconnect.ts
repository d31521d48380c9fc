/**
 * Opens the connections the first page will need once its remote has rendered: the API (a CORS fetch, hence
 * `crossorigin`) and the cover images (plain image requests). Started when amplify_outputs.json names them, while
 * the remotes still download, so the first query and the first cover skip a connection set-up.
 */
import type { FolioOutputs } from '@folio/config/web/amplify';

export function preconnectOrigins(outputs: FolioOutputs, head: HTMLElement = document.head): void {
  const hints: Array<[string | undefined, boolean]> = [
    [outputs.data?.url, true],
    [outputs.custom?.folio?.imageBaseUrl, false],
  ];
  for (const [url, cors] of hints) {
    if (!url) continue;
    const link = document.createElement('link');
    link.rel = 'preconnect';
    link.href = new URL(url).origin;
    if (cors) link.crossOrigin = 'anonymous';
    head.append(link);
  }
}
