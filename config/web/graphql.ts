/**
 * Folio's GraphQL client: one `fetch` POST to the AppSync endpoint Amplify was configured with (amplify_outputs
 * `data.url`), as a guest with the API key (`x-api-key`, outputs `data.api_key`) or as the signed-in customer with
 * their user-pool access token (`Authorization`). It replaces Amplify's `generateClient` (aws-amplify/api), whose
 * whole client (subscriptions, rxjs, uuid: ~40 KB gzip) cannot be tree-shaken as a shared package.
 *
 * Bundled into each app (it holds no state: the endpoint and the session are read from the shared, configured
 * @aws-amplify/core at each call). It keeps Amplify's contract, so callers need not change: it resolves with
 * `{ data }`, and throws the whole response `{ data, errors: [{ message, errorType, errorInfo }] }` when it carries
 * GraphQL errors, or an Error when the API cannot be reached.
 */
import { Amplify, fetchAuthSession } from '@folio/config/web/amplify-core';

export type GraphqlAuthMode = 'apiKey' | 'userPool';

export interface GraphqlError {
  readonly message: string;
  readonly errorType?: string;
  readonly errorInfo?: Record<string, unknown> | null;
  readonly path?: ReadonlyArray<string | number>;
}

export interface GraphqlResponse<T = unknown> {
  readonly data: T | null;
  readonly errors?: GraphqlError[];
}

export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly authMode: GraphqlAuthMode;
}

/** The API's endpoint and key, from the configuration Amplify was given (amplify_outputs.json `data`). */
function apiConfig(): { endpoint: string; apiKey?: string } {
  const config = Amplify.getConfig().API?.GraphQL;
  if (!config?.endpoint) throw new Error('The store API is not configured (amplify_outputs.json has no data.url)');
  return { endpoint: config.endpoint, apiKey: config.apiKey };
}

/** The signed-in customer's access token, or undefined for a guest (or when the session cannot be read). */
export async function accessToken(): Promise<string | undefined> {
  try {
    const { tokens } = await fetchAuthSession();
    return tokens?.accessToken?.toString() || undefined;
  } catch {
    return undefined;
  }
}

async function authHeaders(authMode: GraphqlAuthMode, apiKey: string | undefined): Promise<Record<string, string>> {
  if (authMode === 'userPool') {
    const token = await accessToken();
    if (!token) throw new Error('No signed-in user: sign in to continue');
    return { Authorization: token };
  }
  if (!apiKey) throw new Error('The store API has no API key (amplify_outputs.json data.api_key)');
  return { 'x-api-key': apiKey };
}

/** Runs a GraphQL document: resolves with `{ data }`, throws `{ data, errors }` or an Error (see above). */
export async function graphql<T = unknown>({
  query,
  variables = {},
  authMode,
}: GraphqlRequest): Promise<GraphqlResponse<T>> {
  const { endpoint, apiKey } = apiConfig();
  const headers = { 'Content-Type': 'application/json', ...(await authHeaders(authMode, apiKey)) };
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body: Partial<GraphqlResponse<T>> | undefined;
  try {
    body = (await response.json()) as Partial<GraphqlResponse<T>>;
  } catch {
    body = undefined;
  }
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    const errors = body.errors.map((e) => ({ ...e, message: e?.message ?? 'The store answered with an error' }));
    throw { data: body.data ?? null, errors } satisfies GraphqlResponse<T>;
  }
  if (!response.ok || !body) throw new Error(`The store API answered ${response.status}`);
  return { data: body.data ?? null };
}
