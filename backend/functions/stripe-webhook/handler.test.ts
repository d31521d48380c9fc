import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import Stripe from 'stripe';
import { fakeDocumentClient } from '../../test/fake-aws';

const SECRET = 'whsec_unit';
const db = { current: fakeDocumentClient() };
const reconcileIntent = jest.fn();
const alreadyOrdered = jest.fn();
jest.mock('../shared/aws', () => ({ ddb: () => db.current }));
jest.mock('../shared/stripe', () => ({
  stripe: async () => new Stripe('sk_test_unit'),
  webhookSecret: async () => SECRET,
}));
jest.mock('../../payments/reconcile', () => ({
  reconcileIntent: (...a: unknown[]) => reconcileIntent(...a),
  alreadyOrdered: (...a: unknown[]) => alreadyOrdered(...a),
}));

import { handler } from './handler';

const payload = (type = 'payment_intent.amount_capturable_updated', id = 'evt_1') =>
  JSON.stringify({ id, object: 'event', type, data: { object: { id: 'pi_1', metadata: { orderId: 'o1' } } } });
const sign = (body: string, secret = SECRET, timestamp?: number) =>
  new Stripe('sk_test_unit').webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
const request = (body: string, signature?: string) => ({
  headers: signature ? { 'stripe-signature': signature } : {},
  body: Buffer.from(body).toString('base64'),
  isBase64Encoded: true,
});

beforeEach(() => {
  process.env.PAYMENTS_TABLE = 'Payments';
  reconcileIntent.mockReset();
  alreadyOrdered.mockReset().mockResolvedValue(false);
  db.current = fakeDocumentClient(() => ({}));
});

describe('stripe-webhook', () => {
  it('GIVEN no signature, a wrong one, or a stale one THEN 400 and nothing is read or written', async () => {
    const body = payload();
    for (const req of [
      request(body),
      request(body, sign(body, 'whsec_other')),
      request(body, sign(body, SECRET, Math.floor(Date.now() / 1000) - 301)),
      request(body.replace('evt_1', 'evt_2'), sign(body)),
    ]) {
      expect((await handler(req)).statusCode).toBe(400);
    }
    expect(db.current.sent).toEqual([]);
    expect(reconcileIntent).not.toHaveBeenCalled();
  });

  it('GIVEN a signed authorisation event THEN it claims the id with a conditional write, then reconciles', async () => {
    reconcileIntent.mockResolvedValue('ordered');
    const body = payload();
    const out = await handler(request(body, sign(body)));
    expect(out).toMatchObject({ statusCode: 200, body: JSON.stringify({ received: true, outcome: 'ordered' }) });
    expect(db.current.sent[0]).toMatchObject({
      name: 'PutCommand',
      input: { Item: { id: 'event#evt_1' }, ConditionExpression: 'attribute_not_exists(id)' },
    });
    expect(reconcileIntent.mock.calls[0][1]).toBe('pi_1');
  });

  it('GIVEN an event id already claimed THEN 200 without acting again', async () => {
    db.current = fakeDocumentClient(() => new ConditionalCheckFailedException({ message: 'exists', $metadata: {} }));
    const body = payload();
    expect(JSON.parse((await handler(request(body, sign(body)))).body)).toEqual({ received: true, duplicate: true });
    expect(reconcileIntent).not.toHaveBeenCalled();
  });

  it('GIVEN handling fails THEN the claim is removed and 500 asks Stripe to send it again', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    reconcileIntent.mockRejectedValue(new Error('DynamoDB down'));
    const body = payload();
    expect((await handler(request(body, sign(body)))).statusCode).toBe(500);
    expect(db.current.sent.map((c) => c.name)).toEqual(['PutCommand', 'DeleteCommand']);
  });

  it('GIVEN the order is already written with this intent THEN 200 without claiming or settling', async () => {
    alreadyOrdered.mockResolvedValue(true);
    const body = payload();
    expect(JSON.parse((await handler(request(body, sign(body)))).body)).toEqual({ received: true, outcome: 'ordered' });
    expect(db.current.sent).toEqual([]);
    expect(reconcileIntent).not.toHaveBeenCalled();
  });

  it('GIVEN an event type it does not act on THEN 200 and nothing else', async () => {
    const body = payload('payment_intent.succeeded');
    expect((await handler(request(body, sign(body)))).statusCode).toBe(200);
    expect(db.current.sent).toEqual([]);
  });
});
