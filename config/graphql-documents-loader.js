'use strict';
/**
 * Production webpack loader: the GraphQL documents of @folio/contract (template literals marked
 * `/* GraphQL *\/`) lose their indentation, line breaks and the spaces around punctuation, which the browser
 * would otherwise download in every chunk that sends a query. GraphQL ignores whitespace (and commas) between
 * tokens, and Folio's documents hold no string literals, so the query is the same; the source stays readable for
 * codegen and review.
 */
const DOCUMENT = /\/\* GraphQL \*\/ `([^`]*)`/g;

module.exports = function compactGraphqlDocuments(source) {
  return source.replace(DOCUMENT, (_match, body) => {
    const compact = body
      .replace(/\s+/g, ' ')
      .replace(/ ?([{}():,!=@[\]|]) ?/g, '$1')
      .trim();
    return `/* GraphQL */ \`${compact}\``;
  });
};
