/**
 * The admin's calls: always user-pool auth, and variables the schema accepts (the documents themselves are checked
 * by the contract's tests, contract/documents; this checks what is sent with them).
 */
import { parse, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { folioSchema } from '@folio/contract/schema';
import { graphql } from '@folio/config/web/graphql';
import { adminBook } from '../../test/books';
import { checkBookForm } from '../form/book-form';
import {
  createBook,
  createCoverUpload,
  deleteBook,
  getBookForEdit,
  listBooksForAdmin,
  searchBooksForAdmin,
  updateBook,
} from './admin-books';

jest.mock('@folio/config/web/graphql');
const run = graphql as jest.MockedFunction<typeof graphql>;
const schema = folioSchema();

/** Why the schema refuses these variables for this document (empty: accepted). */
function variableErrors(document: string, variables: Record<string, unknown>): string[] {
  const operation = parse(document).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return (result.errors ?? []).map((e) => e.message);
}

const lastCall = () => {
  const [{ query: document, variables = {}, authMode }] = run.mock.calls.at(-1)!;
  return { document, variables, authMode, errors: variableErrors(document, variables as Record<string, unknown>) };
};

const formInput = (() => {
  const checked = checkBookForm(
    {
      title: 'Emma',
      author: 'Jane Austen',
      description: '',
      genre: 'romance',
      price: '19.99',
      stock: '3',
      featured: true,
      isbn: '0-306-40615-2',
      year: '1815',
    },
    'covers/abc.png',
  );
  if (!checked.ok) throw new Error('fixture is invalid');
  return checked.input;
})();

describe('the admin’s API calls', () => {
  beforeEach(() =>
    run.mockResolvedValue({
      createBook: adminBook(),
      updateBook: adminBook(),
      listBooks: { items: [], nextToken: null },
      searchBooks: { items: [], nextToken: null },
    }),
  );

  it('creates a book with what the form checked: a valid CreateBookInput, as the signed-in admin', async () => {
    await createBook(formInput);
    const call = lastCall();
    expect(call.authMode).toBe('userPool');
    expect(call.variables).toEqual({ input: formInput });
    expect(call.errors).toEqual([]);
  });

  it('updates a book with its id and every field of the form: a valid UpdateBookInput', async () => {
    await updateBook('emma', formInput);
    const call = lastCall();
    expect(call.variables).toEqual({ input: { id: 'emma', ...formInput } });
    expect(call.errors).toEqual([]);
  });

  it('asks for a cover upload with the file’s type and length', async () => {
    run.mockResolvedValue({ createCoverUpload: {} });
    await createCoverUpload('image/png', 1234);
    expect(lastCall()).toMatchObject({ variables: { contentType: 'image/png', contentLength: 1234 }, errors: [] });
  });

  it('lists, searches, reads and deletes with valid variables', async () => {
    await listBooksForAdmin({ genre: 'horror', nextToken: 'next' });
    expect(lastCall()).toMatchObject({ variables: { genre: 'horror', limit: 25, nextToken: 'next' }, errors: [] });
    await listBooksForAdmin({ genre: '' });
    expect(lastCall().variables).toEqual({ genre: undefined, limit: 25, nextToken: undefined });
    await searchBooksForAdmin('poe', null);
    expect(lastCall()).toMatchObject({ variables: { query: 'poe', limit: 25 }, errors: [] });
    run.mockResolvedValue({ getBook: null, deleteBook: null });
    await getBookForEdit('emma');
    expect(lastCall()).toMatchObject({ variables: { id: 'emma' }, errors: [] });
    await deleteBook('emma');
    expect(lastCall()).toMatchObject({ variables: { id: 'emma' }, errors: [] });
  });

  it('would notice a field the schema does not have', () => {
    expect(
      variableErrors('mutation M($input: CreateBookInput!) { createBook(input: $input) { id } }', {
        input: { ...formInput, subtitle: 'x' },
      }),
    ).not.toEqual([]);
  });
});
