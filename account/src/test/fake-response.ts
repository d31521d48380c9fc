/** What `fetch` resolves to, as far as the account app reads it (jsdom has no Response). */
export const fakeResponse = (status: number, body: unknown = {}) =>
  ({ ok: status >= 200 && status < 300, status, json: async () => body }) as unknown as Response;
