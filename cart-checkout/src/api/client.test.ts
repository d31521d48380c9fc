import { fetchAuthSession } from '@aws-amplify/core';
import { ApiError, runGraphql, signedInAuthMode } from './client';

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
const headers = () => (fetchMock.mock.calls[0][1] as RequestInit).headers as Record<string, string>;

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

describe('the cart-checkout client', () => {
  it('reads books as a guest with the API key', async () => {
    session.mockResolvedValue({} as Session);
    await expect(signedInAuthMode()).resolves.toBe('apiKey');
    answer({ data: { getBook: { id: 'b1' } } });
    await expect(runGraphql('query GetBook { getBook(id: "b1") { id } }', { id: 'b1' }, 'apiKey')).resolves.toEqual({
      getBook: { id: 'b1' },
    });
    expect(headers()['x-api-key']).toBe('da2-key');
    expect(headers().Authorization).toBeUndefined();
  });

  it('sends orders with the customer’s access token', async () => {
    session.mockResolvedValue(signedIn);
    await expect(signedInAuthMode()).resolves.toBe('userPool');
    answer({ data: { placeOrder: { id: 'o1' } } });
    await runGraphql('mutation PlaceOrder { placeOrder { id } }', {}, 'userPool');
    expect(headers().Authorization).toBe('jwt');
    expect(headers()['x-api-key']).toBeUndefined();
  });

  it('refuses a user-pool request without a session, as a network-level ApiError (nothing was sent)', async () => {
    session.mockResolvedValue({} as Session);
    await expect(runGraphql('mutation PlaceOrder { placeOrder { id } }', {}, 'userPool')).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('turns GraphQL errors into an ApiError with errorType and errorInfo, skipping the simulator’s null-field error', async () => {
    session.mockResolvedValue(signedIn);
    answer({
      data: null,
      errors: [
        { message: 'Cannot return null for non-nullable type' },
        { message: 'Card declined', errorType: 'PaymentDeclined', errorInfo: { code: 'card_declined' } },
      ],
    });
    const error = await runGraphql('mutation PlaceOrder { placeOrder { id } }', {}, 'userPool').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      message: 'Card declined',
      errorType: 'PaymentDeclined',
      errorInfo: { code: 'card_declined' },
      isNetworkError: false,
    });
  });

  it('turns a network failure into a network ApiError', async () => {
    session.mockResolvedValue({} as Session);
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await runGraphql('query Q { x }', {}, 'apiKey').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'Failed to fetch', isNetworkError: true });
  });
});
