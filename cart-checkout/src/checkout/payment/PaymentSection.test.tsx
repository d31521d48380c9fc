import '../../test/patient';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setAppConfig } from '@folio/config/web/app-config';
import { TEST_APP_CONFIG } from '@folio/config/web/test/setup';
import { loadStripe } from '@stripe/stripe-js/pure';
import { PaymentFormError } from '../order-errors';
import type { PaymentSource } from './payment-source';
import { PaymentSection } from './PaymentSection';

jest.mock('@stripe/stripe-js/pure', () => ({ loadStripe: jest.fn() }));
// Elements itself needs Stripe.js from js.stripe.com; here only the way checkout uses it is checked.
const fakeElements = { submit: jest.fn(async () => ({})) };
const fakeStripe = {
  createPaymentMethod: jest.fn(async () => ({ paymentMethod: { id: 'pm_from_elements' } })),
  handleNextAction: jest.fn(async (): Promise<object> => ({ paymentIntent: { status: 'requires_capture' } })),
};
const elementsOptions = jest.fn();
jest.mock('@stripe/react-stripe-js', () => ({
  Elements: ({ children, options }: { children: React.ReactNode; options: unknown }) => {
    elementsOptions(options);
    return children;
  },
  PaymentElement: () => <div>Stripe card form</div>,
  useStripe: () => fakeStripe,
  useElements: () => fakeElements,
}));

const loadStripeMock = loadStripe as unknown as jest.Mock;

function renderSection() {
  let source: PaymentSource | null = null;
  render(<PaymentSection amountCents={3248} currency="USD" onSource={(s) => (source = s)} />);
  return { source: () => source };
}

const withKey = (key: string | null) => setAppConfig({ ...TEST_APP_CONFIG, stripePublishableKey: key });

afterEach(() => withKey(null));

describe('the payment section', () => {
  it('without a Stripe key (local stack) offers Stripe’s test payment methods', async () => {
    const { source } = renderSection();
    expect(screen.getByRole('group', { name: /Test payment/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Insufficient funds' }));
    expect(await source()!.createPaymentMethod()).toBe('pm_card_chargeDeclinedInsufficientFunds');
    expect(loadStripeMock).not.toHaveBeenCalled();
  });

  it('with a key, shows Stripe’s card form, set up like the server’s PaymentIntent, and creates the payment method with it', async () => {
    withKey('pk_test_123');
    loadStripeMock.mockResolvedValue({});
    const { source } = renderSection();
    expect(await screen.findByText('Stripe card form')).toBeInTheDocument();
    expect(loadStripeMock).toHaveBeenCalledWith('pk_test_123');
    expect(elementsOptions).toHaveBeenLastCalledWith(
      expect.objectContaining({
        mode: 'payment',
        amount: 3248,
        currency: 'usd',
        captureMethod: 'manual',
        paymentMethodCreation: 'manual',
        allowedPaymentMethodTypes: ['card'],
      }),
    );
    await waitFor(() => expect(source()).not.toBeNull());
    expect(await source()!.createPaymentMethod()).toBe('pm_from_elements');
    expect(fakeElements.submit).toHaveBeenCalled();
    expect(fakeStripe.createPaymentMethod).toHaveBeenCalledWith({ elements: fakeElements });
  });

  it('with a key, Stripe.js shows the 3-D Secure challenge (handleNextAction) and says how it ended', async () => {
    withKey('pk_test_3ds');
    loadStripeMock.mockResolvedValue({});
    const { source } = renderSection();
    await waitFor(() => expect(source()).not.toBeNull());
    const action = { clientSecret: 'pi_1_secret_x', paymentIntentId: 'pi_1' };
    expect(await source()!.authenticate(action)).toBe('complete');
    expect(fakeStripe.handleNextAction).toHaveBeenCalledWith({ clientSecret: 'pi_1_secret_x' });
    fakeStripe.handleNextAction.mockResolvedValueOnce({ error: { type: 'card_error' } });
    expect(await source()!.authenticate(action)).toBe('fail');
  });

  it('without the Stripe emulator (AWS, Stripe.js unreachable) offers no 3-D Secure methods: nothing could show the challenge', () => {
    renderSection();
    expect(screen.queryByRole('radio', { name: /3-D Secure/ })).not.toBeInTheDocument();
    setAppConfig({ ...TEST_APP_CONFIG, stripeEmulatorOrigin: 'http://localhost:12111' });
    renderSection();
    expect(screen.getAllByRole('radio', { name: /3-D Secure/ })).toHaveLength(2);
  });

  it('passes on the card form’s own complaint (incomplete card number) as words for the customer', async () => {
    withKey('pk_test_incomplete');
    loadStripeMock.mockResolvedValue({});
    fakeElements.submit.mockResolvedValueOnce({ error: { message: 'Your card number is incomplete.' } } as never);
    const { source } = renderSection();
    await waitFor(() => expect(source()).not.toBeNull());
    await expect(source()!.createPaymentMethod()).rejects.toEqual(
      new PaymentFormError('Your card number is incomplete.'),
    );
  });

  it('falls back to the test panel when Stripe.js cannot be loaded with a test key (offline)', async () => {
    withKey('pk_test_offline');
    loadStripeMock.mockRejectedValue(new Error('Failed to load Stripe.js'));
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderSection();
    expect(await screen.findByRole('group', { name: /Test payment/ })).toHaveTextContent(
      'Stripe’s card form could not be loaded',
    );
  });

  it('says card payments are unavailable with a live key and no Stripe.js, and tries again on request', async () => {
    withKey('pk_live_abc');
    loadStripeMock.mockRejectedValueOnce(new Error('Failed to load Stripe.js'));
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { source } = renderSection();
    expect(await screen.findByRole('alert')).toHaveTextContent('Card payments are unavailable right now');
    expect(source()).toBeNull();
    loadStripeMock.mockResolvedValueOnce({});
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Stripe card form')).toBeInTheDocument();
  });
});
