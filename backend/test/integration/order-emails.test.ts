/**
 * Order emails end to end: the orders table's stream → send-order-email → aws-ses-v2-local. Each notice reaches the
 * customer's inbox exactly once, with what it must say.
 */
import { randomUUID } from 'node:crypto';
import { orderNumber } from '@folio/config/web/order-number';
import { REFUND_ORDER, SHIP_ORDER } from '@folio/contract/documents/order-desk';
import { CANCEL_ORDER } from '@folio/contract/documents/orders';
import { newCustomer, asUser, ok } from './client';
import { admin, makeBook, orderInput, PROCESS_ORDER } from './fixtures';
import { stackInfo } from './stack-info';

interface SesEmail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string; html?: string };
}

async function inbox(to: string): Promise<SesEmail[]> {
  const res = await fetch(`${stackInfo().sesUrl}/store`);
  const { emails } = (await res.json()) as { emails: SesEmail[] };
  return emails.filter((e) => e.destination.to.includes(to));
}

/** The inbox once it holds `count` emails and, a moment later, still no more (a duplicate would show by then). */
async function settledInbox(to: string, count: number): Promise<SesEmail[]> {
  const deadline = Date.now() + 15_000;
  while ((await inbox(to)).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => setTimeout(r, 1500));
  return inbox(to);
}

async function paidOrder() {
  const book = await makeBook({ priceCents: 1000, stock: 5, title: `Email Book ${randomUUID().slice(0, 6)}` });
  const tokens = await newCustomer();
  const auth = asUser(tokens);
  const { processOrder } = await ok(PROCESS_ORDER, { input: orderInput([{ bookId: book.id, quantity: 2 }]) }, auth);
  return { order: processOrder, book, auth, email: tokens.email };
}

describe('order emails', () => {
  it('GIVEN an order shipped and part refunded THEN a receipt, a shipped and a refund email, each once', async () => {
    const { order, book, email } = await paidOrder();
    const staff = await admin();
    await ok(SHIP_ORDER, { input: { id: order.id, carrier: 'DHL', trackingNumber: 'JD0140' } }, staff);
    const input = { id: order.id, idempotencyKey: randomUUID(), amountCents: 250, reason: 'Dented cover' };
    await ok(REFUND_ORDER, { input }, staff);

    const mails = await settledInbox(email, 3);
    const number = orderNumber(order.id);
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        `Your Folio order ${number}`,
        `Your Folio order ${number} is on its way`,
        `A refund of $2.50 on your Folio order ${number}`,
      ].sort(),
    );
    const receipt = mails.find((m) => m.subject === `Your Folio order ${number}`)!.body.text!;
    expect(receipt).toContain(`2 × ${book.title}: $20.00`);
    expect(receipt).toContain('Total: $20.00');
    expect(receipt).toContain('1 Library Lane');
    const shipped = mails.find((m) => m.subject.endsWith('is on its way'))!.body.text!;
    expect(shipped).toContain('Carrier: DHL');
    expect(shipped).toContain('Tracking number: JD0140');
    expect(mails.find((m) => m.subject.startsWith('A refund'))!.body.text).toContain('Reason: Dented cover');
  }, 30_000);

  it('GIVEN a cancelled order THEN a receipt and a cancellation email naming the amount, each once', async () => {
    const { order, auth, email } = await paidOrder();
    await ok(CANCEL_ORDER, { id: order.id }, auth);
    const mails = await settledInbox(email, 2);
    const number = orderNumber(order.id);
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [`Your Folio order ${number}`, `Your Folio order ${number} is cancelled`].sort(),
    );
    expect(mails.find((m) => m.subject.endsWith('cancelled'))!.body.text).toContain('$20.00 goes back to your card');
  }, 30_000);
});
