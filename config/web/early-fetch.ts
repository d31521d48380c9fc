/**
 * Responses index.html's inline script fetched before main.js ran: the start-up files, then, once /remotes.json
 * is in, the remotes' manifests (config/web/index.html). Each is taken once, by the code that would otherwise
 * fetch it itself, so a page load fetches each file once and a later call (a Retry) fetches afresh.
 */
declare global {
  var folioEarly: Record<string, Promise<Response>> | undefined;
}

/** The early fetch of `url` (as index.html's script wrote it), or undefined if there is none left. */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const early = globalThis.folioEarly;
  const response = early?.[url];
  if (response) delete early![url];
  return response;
}
