/**
 * How many list items a request asks for: the sum of every `limit` it passes (a missing one counts as the default
 * page), aliases and fragments included. The gateway caps it (API_LIMITS.listItems), because on one Node.js thread
 * the response mapping of a thousand books runs as one long stretch that every other client waits behind.
 */
import {
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { PAGE } from '../functions/shared/page-token';

function pageOf(value: unknown): number {
  // An out-of-range limit is refused by its resolver with the API's own message; count what it could cost at most.
  if (!Number.isInteger(value)) return PAGE.defaultLimit;
  return Math.min(Math.max(value as number, 0), PAGE.maxLimit);
}

/** The paged fields: the queries that take a `limit` (listBooks, searchBooks, myOrders today). */
const pagedFields = (schema: GraphQLSchema) =>
  new Set(
    Object.values(schema.getQueryType()?.getFields() ?? {})
      .filter((field) => field.args.some((arg) => arg.name === 'limit'))
      .map((field) => field.name),
  );

export function queryItems(
  schema: GraphQLSchema,
  doc: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  const operations = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const paged = pagedFields(schema);
  const fragments = new Map(
    doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const count = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const limit = selection.arguments?.find((a) => a.name.value === 'limit');
        if (paged.has(selection.name.value))
          total += pageOf(limit ? valueFromASTUntyped(limit.value, variables) : undefined);
        total += count(selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        // A fragment cycle is invalid GraphQL anyway; stop rather than recurse forever.
        if (!seen.has(name)) total += count(fragments.get(name)?.selectionSet, new Set([...seen, name]));
      }
    }
    return total;
  };
  return count(operation.selectionSet, new Set());
}
