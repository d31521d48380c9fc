/**
 * A GraphQL document that carries the types of its result and variables. At run time it is just the string (the
 * brand is a type only, so nothing reaches a bundle); a client taking `TypedDocument<R, V>` infers both from it.
 */
export type TypedDocument<Result, Variables> = string & {
  readonly __operationTypes?: (variables: Variables) => Result;
};

// Declared with the angle-bracket assertion, `<TypedDocument<R, V>>/* GraphQL */ \`…\``: codegen finds a
// document by the comment right before its template literal, which `\`…\` as TypedDocument<R, V>` would hide (and
// Prettier turns a parenthesised form into that one).
