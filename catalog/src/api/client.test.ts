import { fetchAuthSession } from '@aws-amplify/core';
import { CatalogApiError, currentAuthMode, runQuery } from './client';

jest.mock('@aws-amplify/core', () => ({
  fetchAuthSession: jest.fn(),
  Amplify: { getConfig: () => ({ API: { GraphQL: { endpoint: 'https://api.test/graphql', apiKey: 'da2-key' } } }) },
}));

const session = fetchAuthSession as jest.MockedFunction<typeof fetchAuthSession>;
type Session = Awaited<ReturnType<typeof fetchAuthSession>>;
const guest = {} as Session;
const signedIn = { tokens: { accessToken: { toString: () => 'jwt', payload: {} } } } as unknown as Session;

const fetchMock = jest.fn();
const answer = (body: unknown, status = 200) =>
  fetchMock.mockResolvedValue({ ok: status < 400, status, json: async () => body });
const sent = () => {
  const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
  return {
    url,
    method: init.method,
    headers: init.headers as Record<string, string>,
    body: JSON.parse(init.body as string),
  };
};

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

describe('the catalog client', () => {
  it('reads as a guest with the API key', async () => {
    session.mockResolvedValue(guest);
    answer({ data: { getBook: null } });
    await expect(runQuery('query GetBook { getBook(id: "x") { id } }', { id: 'x' })).resolves.toEqual({
      getBook: null,
    });
    const request = sent();
    expect(request).toMatchObject({
      url: 'https://api.test/graphql',
      method: 'POST',
      body: { variables: { id: 'x' } },
    });
    expect(request.headers['x-api-key']).toBe('da2-key');
    expect(request.headers.Authorization).toBeUndefined();
  });

  it('reads as the signed-in customer with their user-pool token', async () => {
    session.mockResolvedValue(signedIn);
    await expect(currentAuthMode()).resolves.toBe('userPool');
    answer({ data: { getBook: null } });
    await runQuery('query GetBook { getBook(id: "x") { id } }', { id: 'x' });
    expect(sent().headers.Authorization).toBe('jwt');
    expect(sent().headers['x-api-key']).toBeUndefined();
  });

  it('falls back to the API key when the session cannot be read', async () => {
    session.mockRejectedValue(new Error('no auth config'));
    await expect(currentAuthMode()).resolves.toBe('apiKey');
  });

  it('turns GraphQL errors into a CatalogApiError with their errorType (the one that has one)', async () => {
    session.mockResolvedValue(guest);
    answer({
      data: null,
      errors: [
        { message: 'Cannot return null for non-nullable field' },
        { message: 'Not allowed', errorType: 'Unauthorized', errorInfo: null },
      ],
    });
    await expect(runQuery('query Q { x }', {})).rejects.toEqual(
      expect.objectContaining({ name: 'CatalogApiError', message: 'Not allowed', errorType: 'Unauthorized' }),
    );
  });

  it('turns an HTTP error answer with GraphQL errors (AppSync 401) into a CatalogApiError', async () => {
    session.mockResolvedValue(guest);
    answer(
      { errors: [{ message: 'Valid authorization header not provided.', errorType: 'UnauthorizedException' }] },
      401,
    );
    await expect(runQuery('query Q { x }', {})).rejects.toEqual(
      expect.objectContaining({ errorType: 'UnauthorizedException' }),
    );
  });

  it('turns a network failure into a CatalogApiError', async () => {
    session.mockResolvedValue(guest);
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(runQuery('query Q { x }', {})).rejects.toEqual(
      expect.objectContaining({ name: 'CatalogApiError', message: 'Failed to fetch', errorType: undefined }),
    );
  });

  it('turns a non-JSON error answer (a proxy’s 502) into a CatalogApiError', async () => {
    session.mockResolvedValue(guest);
    fetchMock.mockResolvedValue({
      ok: false,
      status: 502,
      json: async () => {
        throw new SyntaxError('Unexpected token <');
      },
    });
    await expect(runQuery('query Q { x }', {})).rejects.toBeInstanceOf(CatalogApiError);
  });
});
