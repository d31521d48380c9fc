/** Renders a resolver template with the AppSync simulator's own VTL engine, as the local stack does. */
import { VelocityTemplate } from '@aws-amplify/amplify-appsync-simulator';
import { readTemplate } from '../graphql/api';

export interface RenderInput {
  field?: string;
  args?: Record<string, unknown>;
  /** A signed-in user; omit for an API-key caller. */
  user?: { sub: string; groups?: string[] };
  result?: unknown;
  prev?: unknown;
  error?: { message: string; type?: string };
}

const simulatorContext = {
  appSyncConfig: { defaultAuthenticationType: { authenticationType: 'AMAZON_COGNITO_USER_POOLS' } },
};

export function render(file: string, input: RenderInput = {}) {
  const template = new VelocityTemplate({ path: file, content: readTemplate(file) }, simulatorContext as never);
  const jwt = input.user
    ? {
        sub: input.user.sub,
        iss: 'https://cognito-idp.local/pool',
        'cognito:username': input.user.sub,
        ...(input.user.groups ? { 'cognito:groups': input.user.groups } : {}),
      }
    : undefined;
  const requestContext = {
    jwt,
    requestAuthorizationMode: input.user ? 'AMAZON_COGNITO_USER_POOLS' : 'API_KEY',
    request: { headers: {} },
    appsyncErrors: [],
    headers: {},
  };
  const fieldName = input.field ?? 'field';
  const info = {
    fieldName,
    fieldNodes: [],
    parentType: 'Query',
    variableValues: {},
    fragments: {},
    path: { key: fieldName },
  };
  return template.render(
    {
      arguments: input.args ?? {},
      source: {},
      result: input.result,
      prevResult: input.prev,
      error: input.error,
      stash: {},
    },
    requestContext as never,
    info as never,
  );
}

/** The errors a template raised with $util.error, as { message, errorType, errorInfo }. */
export const raised = (out: ReturnType<typeof render>) =>
  (
    out.errors as {
      message: string;
      errorType?: string;
      extensions?: { errorType?: string };
      data?: unknown;
      errorInfo?: unknown;
    }[]
  ).map((e) => ({
    message: String(e.message),
    // The engine hands back Java-like string wrappers; compare plain strings.
    errorType: e.errorType === undefined ? e.extensions?.errorType : String(e.errorType),
  }));
