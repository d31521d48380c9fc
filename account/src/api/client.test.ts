import { fetchAuthSession } from '@aws-amplify/core';
import { AccountApiError, runQuery } from './client';

jest.mock('@aws-amplify/core', () => ({
  fetchAuthSession: jest.fn(),
  Amplify: { getConfig: () => ({ API: { GraphQL: { endpoint: 'https://api.test/graphql', apiKey: 'da2-key' } } }) },
}));

const session = fetchAuthSession as jest.MockedFunction<typeof fetchAuthSession>;
type Session = Awaited<ReturnType<typeof fetchAuthSession>>;
const signedIn = { tokens: { accessToken: { toString: () => 'jwt', payload: {} } } } as unknown as Session;

const fetchMock = jest.fn();
const answer = (body: unknown, status = 200) =>
  fetchMock.mockResolvedValue({ ok: status < 400, status, json: async () => body });

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

describe('the account client', () => {
  it('reads as the signed-in customer with their access token', async () => {
    session.mockResolvedValue(signedIn);
    answer({ data: { myOrders: { items: [] } } });
    await expect(runQuery('query MyOrders { myOrders { items { id } } }', {})).resolves.toEqual({
      myOrders: { items: [] },
    });
    const init = fetchMock.mock.calls[0][1] as RequestInit;
    expect((init.headers as Record<string, string>).Authorization).toBe('jwt');
    expect((init.headers as Record<string, string>)['x-api-key']).toBeUndefined();
  });

  it('fails without a session', async () => {
    session.mockResolvedValue({} as Session);
    await expect(runQuery('query MyOrders { myOrders { items { id } } }', {})).rejects.toBeInstanceOf(AccountApiError);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('turns GraphQL errors into an AccountApiError with their errorType', async () => {
    session.mockResolvedValue(signedIn);
    answer({
      data: null,
      errors: [{ message: 'Cannot return null' }, { message: 'No such order', errorType: 'NotFound' }],
    });
    await expect(runQuery('query GetOrder { getOrder(id: "o") { id } }', {})).rejects.toEqual(
      expect.objectContaining({ name: 'AccountApiError', message: 'No such order', errorType: 'NotFound' }),
    );
  });

  it('turns a network failure into an AccountApiError', async () => {
    session.mockResolvedValue(signedIn);
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(runQuery('query Q { x }', {})).rejects.toEqual(
      expect.objectContaining({ name: 'AccountApiError', message: 'Failed to fetch' }),
    );
  });
});
