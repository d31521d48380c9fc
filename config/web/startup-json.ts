import STARTUP_FILES from './startup-files.json';
import { takeEarlyResponse } from './early-fetch';

/** The JSON files every page reads before it can start; index.html's inline script fetches them first. */
export { STARTUP_FILES };

/** Reads a start-up file: the inline script's response for it, or a fetch of its own (no inline script: tests). */
export async function fetchStartupJson<T>(url: string): Promise<T> {
  const response = await (takeEarlyResponse(url) ?? fetch(url));
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}
