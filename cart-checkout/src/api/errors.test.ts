import { ApiError, toApiError } from './errors';

describe('toApiError', () => {
  it('keeps the errorType and errorInfo of the error that names what went wrong', () => {
    // What the local AppSync simulator answers when a pipeline function raises $util.error on a non-null field.
    const answer = {
      data: null,
      errors: [
        { message: 'Cannot return null for non-nullable field Mutation.processOrder.' },
        {
          message: 'Your card was declined.',
          errorType: 'PaymentDeclined',
          errorInfo: { code: 'card_declined', declineCode: 'generic_decline' },
        },
      ],
    };
    const error = toApiError(answer);
    expect(error).toEqual(
      new ApiError('Your card was declined.', 'PaymentDeclined', {
        code: 'card_declined',
        declineCode: 'generic_decline',
      }),
    );
    expect(error.errorInfo).toEqual({ code: 'card_declined', declineCode: 'generic_decline' });
    expect(error.isNetworkError).toBe(false);
  });

  it('takes a failure without any answer (Amplify wraps a fetch error) as a network error', () => {
    const error = toApiError({ data: {}, errors: [{ message: 'Network error' }] });
    expect(error.isNetworkError).toBe(true);
    expect(toApiError(new TypeError('Failed to fetch')).message).toBe('Failed to fetch');
  });
});
