/**
 * What a request would cost before it runs: its root fields (each alias counts) and the resolvers it would
 * invoke, the number AppSync's `resolverCountLimit` caps. Every resolver sits on a root field today, so each
 * runs once per selection; a resolver on a nested field would run once per list item, and the unit test that
 * pins RESOLVERS to the roots says to multiply by the list's `limit` then.
 */
import {
  Kind,
  getNamedType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { RESOLVERS } from '../graphql/api';

export interface QueryCost {
  rootFields: number;
  resolvers: number;
}

const HAS_RESOLVER = new Set(RESOLVERS.map((r) => `${r.typeName}.${r.fieldName}`));

function pickOperation(doc: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
}

export function queryCost(schema: GraphQLSchema, doc: DocumentNode, operationName?: string | null): QueryCost {
  const operation = pickOperation(doc, operationName);
  // graphql 15 (the simulator's) has no getRootType.
  const root =
    operation?.operation === 'query'
      ? schema.getQueryType()
      : operation?.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!operation || !root) return { rootFields: 0, resolvers: 0 };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  let rootFields = 0;
  const count = (type: GraphQLNamedType, set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set || !isObjectType(type)) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (type === root) rootFields += 1;
        const field = type.getFields()[selection.name.value];
        if (!field) continue; // __typename, or an unknown field validation will refuse
        if (HAS_RESOLVER.has(`${type.name}.${field.name}`)) total += 1;
        total += count(getNamedType(field.type), selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(type, selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment cycle is invalid GraphQL anyway; stop rather than recurse forever.
        if (fragment && !seen.has(name)) total += count(type, fragment.selectionSet, new Set([...seen, name]));
      }
    }
    return total;
  };
  const resolvers = count(root, operation.selectionSet, new Set());
  return { rootFields, resolvers };
}
