/** Fetches a JSON file the page needs before it can start (never cached: see the static server). */
export async function fetchStartupJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}
