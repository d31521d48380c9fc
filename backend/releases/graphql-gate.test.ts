import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folioSchema } from '@folio/contract/schema';
import { documentErrors, documentModulesOf } from './graphql-gate';

const schema = folioSchema();

describe('the GraphQL gate', () => {
  it('finds the contract documents a remote imports', () => {
    expect(documentModulesOf(join(__dirname, '..', '..', 'catalog'))).toEqual(
      expect.arrayContaining(['admin-books', 'catalog']),
    );
  });

  it('passes the documents the remotes send today', () => {
    expect(documentErrors(['catalog', 'cart', 'orders', 'admin-books'], schema)).toEqual([]);
  });

  it('refuses a document the deployed schema does not accept, naming module, export and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-docs-'));
    writeFileSync(
      join(dir, 'broken.js'),
      'exports.GET_PRICE = "query GetPrice($id: ID!) { getBook(id: $id) { price } }";',
    );
    expect(documentErrors(['broken'], schema, dir)).toEqual([
      'broken GET_PRICE: Cannot query field "price" on type "Book".',
    ]);
  });
});
