import type { ProcessOrderInput } from '@folio/contract/generated/operations';
import { fakeOrdersModule, graphqlError, orderFor } from '../test/fake-api';
import { ChallengeClosedError, payWithChallenge } from './pay-with-challenge';

jest.mock('../api/orders', () => jest.requireActual('../test/fake-api').fakeOrdersModule);

const processOrder = fakeOrdersModule.processOrder;
const INPUT: ProcessOrderInput = {
  idempotencyKey: 'key-1',
  items: [{ bookId: 'emma', quantity: 1 }],
  paymentMethodId: 'pm_card_authenticationRequired',
  shippingAddress: { name: 'Ada', line1: '1 Road', city: 'London', postalCode: 'N1', country: 'GB' },
};
const actionRequired = (info: Record<string, unknown> = { clientSecret: 's', paymentIntentId: 'pi_1' }) =>
  graphqlError('PaymentActionRequired', 'Confirm the payment', info);

describe('paying with a challenge on the way', () => {
  it('GIVEN a challenge still pending after it was completed THEN it counts as unanswered (no second challenge)', async () => {
    processOrder.mockRejectedValueOnce(actionRequired()).mockRejectedValueOnce(actionRequired());
    const authenticate = jest.fn(async () => 'complete' as const);
    await expect(payWithChallenge(INPUT, { authenticate })).rejects.toBeInstanceOf(ChallengeClosedError);
    expect(authenticate).toHaveBeenCalledTimes(1);
    expect(processOrder).toHaveBeenCalledTimes(2);
  });

  it('GIVEN PaymentActionRequired without its secret THEN that error, and no challenge', async () => {
    const error = actionRequired({});
    processOrder.mockRejectedValueOnce(error);
    const authenticate = jest.fn();
    await expect(payWithChallenge(INPUT, { authenticate })).rejects.toBe(error);
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('GIVEN no challenge THEN one processOrder call', async () => {
    await expect(payWithChallenge(INPUT, { authenticate: jest.fn() })).resolves.toEqual(orderFor(INPUT));
    expect(processOrder).toHaveBeenCalledTimes(1);
  });
});
