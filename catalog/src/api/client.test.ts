import { fetchAuthSession } from '@aws-amplify/core';
import { CatalogApiError, currentAuthMode, runQuery } from './client';

const mockGraphql = jest.fn();
jest.mock('aws-amplify/api', () => ({ generateClient: () => ({ graphql: (...args: unknown[]) => mockGraphql(...args) }) }));
jest.mock('@aws-amplify/core', () => ({ fetchAuthSession: jest.fn() }));

const session = fetchAuthSession as jest.MockedFunction<typeof fetchAuthSession>;
const signedIn = { tokens: { accessToken: { toString: () => 'jwt', payload: {} } } } as unknown as Awaited<ReturnType<typeof fetchAuthSession>>;

describe('the catalog client', () => {
  it('reads as a guest with the API key', async () => {
    session.mockResolvedValue({} as Awaited<ReturnType<typeof fetchAuthSession>>);
    mockGraphql.mockResolvedValue({ data: { getBook: null } });
    await expect(runQuery('query GetBook { getBook(id: "x") { id } }', { id: 'x' })).resolves.toEqual({ getBook: null });
    expect(mockGraphql).toHaveBeenCalledWith(expect.objectContaining({ authMode: 'apiKey', variables: { id: 'x' } }));
  });

  it('reads as the signed-in customer with their user-pool token', async () => {
    session.mockResolvedValue(signedIn);
    await expect(currentAuthMode()).resolves.toBe('userPool');
  });

  it('falls back to the API key when the session cannot be read', async () => {
    session.mockRejectedValue(new Error('no auth config'));
    await expect(currentAuthMode()).resolves.toBe('apiKey');
  });

  it('turns GraphQL errors (thrown by Amplify) into a CatalogApiError with their errorType', async () => {
    session.mockResolvedValue({} as Awaited<ReturnType<typeof fetchAuthSession>>);
    mockGraphql.mockRejectedValue({ data: null, errors: [{ message: 'Not allowed', errorType: 'Unauthorized' }] });
    await expect(runQuery('query Q { x }', {})).rejects.toEqual(expect.objectContaining({ name: 'CatalogApiError', message: 'Not allowed', errorType: 'Unauthorized' }));
  });

  it('turns a network failure into a CatalogApiError', async () => {
    session.mockResolvedValue({} as Awaited<ReturnType<typeof fetchAuthSession>>);
    mockGraphql.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(runQuery('query Q { x }', {})).rejects.toBeInstanceOf(CatalogApiError);
  });
});
