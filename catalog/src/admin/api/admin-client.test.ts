import { AdminApiError, runAdminQuery } from './admin-client';

const mockGraphql = jest.fn();
jest.mock('@folio/config/web/graphql', () => ({ graphql: (...args: unknown[]) => mockGraphql(...args) }));

describe('the admin client', () => {
  it('always asks as the signed-in user (user pool)', async () => {
    mockGraphql.mockResolvedValue({ data: { deleteBook: null } });
    await expect(runAdminQuery('mutation DeleteBook { deleteBook(id: "x") { id } }', { id: 'x' })).resolves.toEqual({
      deleteBook: null,
    });
    expect(mockGraphql).toHaveBeenCalledWith(expect.objectContaining({ authMode: 'userPool', variables: { id: 'x' } }));
  });

  it('keeps a ValidationError’s message for each field (errorInfo.fields)', async () => {
    mockGraphql.mockRejectedValue({
      data: null,
      errors: [
        {
          message: 'Stock must be …',
          errorType: 'ValidationError',
          errorInfo: { fields: { stock: 'Stock must be a whole number from 0 to 1,000,000' } },
        },
      ],
    });
    const error = await runAdminQuery('mutation M { x }', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminApiError);
    expect(error).toMatchObject({
      errorType: 'ValidationError',
      fields: { stock: 'Stock must be a whole number from 0 to 1,000,000' },
    });
  });

  it('reads the error that has an errorType, wherever it is in the list', async () => {
    mockGraphql.mockRejectedValue({
      data: null,
      errors: [
        { message: 'Cannot return null for non-nullable type: Book' },
        {
          message: 'Title is required',
          errorType: 'ValidationError',
          errorInfo: { fields: { title: 'Title is required' } },
        },
      ],
    });
    await expect(runAdminQuery('mutation M { x }', {})).rejects.toMatchObject({
      errorType: 'ValidationError',
      fields: { title: 'Title is required' },
    });
  });

  it('ignores an errorInfo that is not a list of messages', async () => {
    mockGraphql.mockRejectedValue({
      errors: [{ message: 'Nope', errorType: 'Unauthorized', errorInfo: { fields: { a: 1 } } }],
    });
    await expect(runAdminQuery('query Q { x }', {})).rejects.toMatchObject({
      message: 'Nope',
      errorType: 'Unauthorized',
      fields: undefined,
    });
  });

  it('turns a network failure, or no session, into an AdminApiError', async () => {
    mockGraphql.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(runAdminQuery('query Q { x }', {})).rejects.toMatchObject({
      name: 'AdminApiError',
      message: 'Failed to fetch',
    });
    mockGraphql.mockRejectedValue(new Error('No signed-in user: sign in to continue'));
    await expect(runAdminQuery('query Q { x }', {})).rejects.toMatchObject({
      name: 'AdminApiError',
      message: 'No signed-in user: sign in to continue',
    });
  });

  it('says so when the API answers without data', async () => {
    mockGraphql.mockResolvedValue({ data: null });
    await expect(runAdminQuery('query Q { x }', {})).rejects.toMatchObject({ message: 'The store sent no data' });
  });
});
