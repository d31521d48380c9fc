/**
 * A stand-in for Folio's GraphQL client (@folio/config/web/graphql): tests queue answers by operation name, and
 * read the calls made. jest.mock('@folio/config/web/graphql', () => require('../test/fake-graphql').fakeGraphqlModule);
 */
import { parse, type OperationDefinitionNode } from 'graphql';

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
    if (answer instanceof Error) throw answer;
    // The client throws the whole response when it carries errors.
    if (answer.errors?.length) throw answer;
    return answer;
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
