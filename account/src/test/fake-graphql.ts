/**
 * A stand-in for Folio's GraphQL client (@folio/config/web/graphql): tests queue answers by operation name, and
 * read the calls made. jest.mock('@folio/config/web/graphql', () => require('../test/fake-graphql').fakeGraphqlModule);
 */
import { parse, type OperationDefinitionNode } from 'graphql';
import { ApiError } from '@folio/config/web/api-error';

type Answer = { data?: unknown; errors?: Array<{ message: string; errorType?: string }> } | Error;
export interface GraphqlCall {
  operation: string;
  variables: Record<string, unknown>;
  authMode: string;
}

const answers = new Map<string, Array<Answer | Promise<Answer>>>();
export const graphqlCalls: GraphqlCall[] = [];

const operationName = (query: string): string =>
  (parse(query).definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode).name?.value ??
  '(anonymous)';

export const fakeGraphqlModule = {
  ApiError,
  async graphql({
    query,
    variables,
    authMode,
  }: {
    query: string;
    variables: Record<string, unknown>;
    authMode: string;
  }) {
    const operation = operationName(query);
    graphqlCalls.push({ operation, variables, authMode });
    const queue = answers.get(operation);
    const answer = await queue?.shift();
    if (!answer) throw new Error(`no fake answer queued for ${operation}`);
    // Like the client: a network ApiError, or the one ApiError of the answer's errors.
    if (answer instanceof Error) throw ApiError.network(answer);
    if (answer.errors?.length) throw ApiError.fromErrors(answer.errors);
    if (!answer.data) throw new ApiError('The store sent no data');
    return answer.data;
  },
};

/** Queues the next answer to `operation` (data, GraphQL errors, or a thrown network error). */
export function answer(operation: string, value: Answer | Promise<Answer>): void {
  const queue = answers.get(operation) ?? [];
  queue.push(value);
  answers.set(operation, queue);
}

export function resetFakeGraphql(): void {
  answers.clear();
  graphqlCalls.length = 0;
}
