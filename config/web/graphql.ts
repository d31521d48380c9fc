/**
 * Folio's GraphQL client: one `fetch` POST to the AppSync endpoint Amplify was configured with (amplify_outputs
 * `data.url`), as a guest with the API key (`x-api-key`, outputs `data.api_key`) or as the signed-in user with
 * their user-pool access token (`Authorization`). It replaces Amplify's `generateClient` (aws-amplify/api), whose
 * whole client (subscriptions, rxjs, uuid: ~40 KB gzip) cannot be tree-shaken as a shared package.
 *
 * Bundled into each app (it holds no state: the endpoint and the session are read from the shared, configured
 * @aws-amplify/core at each call). It resolves with the response's `data` and throws nothing but an ApiError
 * (api-error.ts), so callers need no wrapping of their own.
 */
import { Amplify, fetchAuthSession } from '@folio/config/web/amplify-core';
import { ApiError, type GraphqlError } from '@folio/config/web/api-error';
import type { TypedDocument } from '@folio/contract/documents/typed-document';

export { ApiError, type FieldMessages, type GraphqlError } from '@folio/config/web/api-error';

export type GraphqlAuthMode = 'apiKey' | 'userPool';

/** A document of @folio/contract: the answer's and the variables' types come with it. */
export interface GraphqlRequest<R = unknown, V = Record<string, unknown>> {
  readonly query: TypedDocument<R, V>;
  readonly variables?: V;
  /** Default: the signed-in user's token when there is one (AppSync then sees who asks), else the API key. */
  readonly authMode?: GraphqlAuthMode;
}

interface GraphqlResponse<T> {
  readonly data?: T | null;
  readonly errors?: GraphqlError[];
}

/** The API's endpoint and key, from the configuration Amplify was given (amplify_outputs.json `data`). */
function apiConfig(): { endpoint: string; apiKey?: string } {
  const config = Amplify.getConfig().API?.GraphQL;
  if (!config?.endpoint) throw new Error('The store API is not configured (amplify_outputs.json has no data.url)');
  return { endpoint: config.endpoint, apiKey: config.apiKey };
}

/** The signed-in user's access token, or undefined for a guest (or when the session cannot be read). */
export async function accessToken(): Promise<string | undefined> {
  try {
    const { tokens } = await fetchAuthSession();
    return tokens?.accessToken?.toString() || undefined;
  } catch {
    return undefined;
  }
}

/** `userPool` when someone is signed in, else `apiKey`. */
export async function currentAuthMode(): Promise<GraphqlAuthMode> {
  return (await accessToken()) ? 'userPool' : 'apiKey';
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

/** Sends the request; anything that stops an answer from coming back is a network ApiError. */
async function post(request: {
  readonly query: string;
  readonly variables?: unknown;
  readonly authMode?: GraphqlAuthMode;
}): Promise<{ response: Response; body?: GraphqlResponse<unknown> }> {
  let response: Response;
  try {
    const { endpoint, apiKey } = apiConfig();
    const authMode = request.authMode ?? (await currentAuthMode());
    const headers = { 'Content-Type': 'application/json', ...(await authHeaders(authMode, apiKey)) };
    const body = JSON.stringify({ query: request.query, variables: request.variables ?? {} });
    response = await fetch(endpoint, { method: 'POST', headers, body });
  } catch (error) {
    throw ApiError.network(error);
  }
  try {
    return { response, body: (await response.json()) as GraphqlResponse<unknown> };
  } catch {
    return { response };
  }
}

/** Runs a GraphQL document and resolves with its data; throws an ApiError (see api-error.ts). */
export async function graphql<R, V>(request: GraphqlRequest<R, V>): Promise<R> {
  const { response, body } = await post(request);
  // AppSync answers some refusals (a 401) with an HTTP error that still carries GraphQL errors: those count.
  if (body && Array.isArray(body.errors) && body.errors.length > 0) throw ApiError.fromErrors(body.errors);
  // An error page without GraphQL errors (a proxy's 502, a timeout's 504) says nothing of whether the request ran.
  if (!response.ok || !body) throw ApiError.network(new Error(`The store API answered ${response.status}`));
  if (!body.data) throw new ApiError('The store sent no data');
  return body.data as R;
}
