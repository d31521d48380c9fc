import { fetchAuthSession } from '@aws-amplify/core';
import { ApiError, currentAuthMode, graphql } from '@folio/config/web/graphql';
import { fieldMessages } from '@folio/config/web/field-messages';

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
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );
const GET_BOOK = 'query GetBook($id: ID!) { getBook(id: $id) { id } }';

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

describe('the GraphQL client', () => {
  it('reads as a guest with the API key, and resolves with the data', async () => {
    session.mockResolvedValue(guest);
    await expect(currentAuthMode()).resolves.toBe('apiKey');
    answer({ data: { getBook: null } });
    await expect(graphql({ query: GET_BOOK, variables: { id: 'x' } })).resolves.toEqual({ getBook: null });
    expect(sent()).toMatchObject({
      url: 'https://api.test/graphql',
      method: 'POST',
      body: { query: GET_BOOK, variables: { id: 'x' } },
    });
    expect(sent().headers['x-api-key']).toBe('da2-key');
    expect(sent().headers.Authorization).toBeUndefined();
  });

  it('reads as the signed-in user with their user-pool token when no auth mode is named', async () => {
    session.mockResolvedValue(signedIn);
    await expect(currentAuthMode()).resolves.toBe('userPool');
    answer({ data: { getBook: null } });
    await graphql({ query: GET_BOOK, variables: { id: 'x' } });
    expect(sent().headers.Authorization).toBe('jwt');
    expect(sent().headers['x-api-key']).toBeUndefined();
  });

  it('uses the API key when named, even for a signed-in user', async () => {
    session.mockResolvedValue(signedIn);
    answer({ data: { getBook: null } });
    await graphql({ query: GET_BOOK, variables: { id: 'x' }, authMode: 'apiKey' });
    expect(sent().headers['x-api-key']).toBe('da2-key');
  });

  it('falls back to the API key when the session cannot be read', async () => {
    session.mockRejectedValue(new Error('no auth config'));
    await expect(currentAuthMode()).resolves.toBe('apiKey');
  });

  it('refuses a user-pool request without a session, as a network ApiError (nothing was sent)', async () => {
    session.mockResolvedValue(guest);
    const error = await failure(graphql({ query: 'mutation PlaceOrder { placeOrder { id } }', authMode: 'userPool' }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'No signed-in user: sign in to continue', isNetworkError: true });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('throws the error that has an errorType, skipping the simulator’s null-field error, as a server answer', async () => {
    // What the local AppSync simulator answers when a pipeline function raises $util.error on a non-null field.
    session.mockResolvedValue(signedIn);
    answer({
      data: null,
      errors: [
        { message: 'Cannot return null for non-nullable field Mutation.processOrder.' },
        { message: 'Card declined', errorType: 'PaymentDeclined', errorInfo: { code: 'card_declined' } },
      ],
    });
    const error = await failure(graphql({ query: 'mutation PlaceOrder { placeOrder { id } }' }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      message: 'Card declined',
      errorType: 'PaymentDeclined',
      errorInfo: { code: 'card_declined' },
      isNetworkError: false,
    });
  });

  it('keeps a ValidationError’s message for each field, and ignores fields that are not messages', async () => {
    session.mockResolvedValue(signedIn);
    const stock = 'Stock must be a whole number from 0 to 1,000,000';
    answer({
      data: null,
      errors: [{ message: 'Stock …', errorType: 'ValidationError', errorInfo: { fields: { stock } } }],
    });
    const refused = await graphql({ query: 'mutation M { x }' }).catch((error: unknown) => error);
    expect(fieldMessages(refused)).toEqual({ stock });
    answer({ errors: [{ message: 'Nope', errorType: 'Unauthorized', errorInfo: { fields: { a: 1 } } }] });
    const unauthorized = await graphql({ query: 'query Q { x }' }).catch((error: unknown) => error);
    expect(unauthorized).toMatchObject({ errorType: 'Unauthorized' });
    expect(fieldMessages(unauthorized)).toBeUndefined();
    expect(fieldMessages(new Error('not from the API'))).toBeUndefined();
  });

  it('throws the GraphQL errors of an HTTP error answer (AppSync’s 401)', async () => {
    session.mockResolvedValue(guest);
    answer(
      { errors: [{ message: 'Valid authorization header not provided.', errorType: 'UnauthorizedException' }] },
      401,
    );
    await expect(graphql({ query: 'query Q { x }' })).rejects.toMatchObject({
      errorType: 'UnauthorizedException',
      isNetworkError: false,
    });
  });

  it('takes a network failure as a network ApiError, keeping its message', async () => {
    session.mockResolvedValue(guest);
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await failure(graphql({ query: 'query Q { x }' }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'Failed to fetch', errorType: undefined, isNetworkError: true });
  });

  it('takes an error page without GraphQL errors (a proxy’s 502) as a network ApiError', async () => {
    session.mockResolvedValue(guest);
    fetchMock.mockResolvedValue({
      ok: false,
      status: 502,
      json: async () => {
        throw new SyntaxError('Unexpected token <');
      },
    });
    await expect(graphql({ query: 'query Q { x }' })).rejects.toMatchObject({
      message: 'The store API answered 502',
      isNetworkError: true,
    });
  });

  it('says so when the store answers without data', async () => {
    session.mockResolvedValue(guest);
    answer({ data: null });
    await expect(graphql({ query: 'query Q { x }' })).rejects.toMatchObject({
      message: 'The store sent no data',
      isNetworkError: false,
    });
  });
});
