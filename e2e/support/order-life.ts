/**
 * Helpers for the order's-life journeys (e2e/tests/order-life.spec.ts): the SES emulator's inbox, a book's stock
 * through the API, and what the Stripe emulator refunded. Additive: nothing else in e2e/ uses them.
 */
import { stackOutputs } from './account';
import { e2ePorts } from './ports';

/** One email as aws-ses-v2-local's `GET /store` lists it. */
export interface SesEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc?: string[]; bcc?: string[] };
  subject: string;
  body: { html?: string; text?: string };
  at: number | string;
}

const port = (name: string): number => {
  const found = (e2ePorts() as Record<string, number>)[name];
  if (!found) throw new Error(`no ${name} port in @folio/config's ports(): the e2e stack must start it`);
  return found;
};

/** Every email the local SES has accepted. */
export async function sesEmails(): Promise<SesEmail[]> {
  const response = await fetch(`http://127.0.0.1:${port('ses')}/store`);
  if (!response.ok) throw new Error(`SES inbox: HTTP ${response.status}`);
  return ((await response.json()) as { emails: SesEmail[] }).emails;
}

const emailText = (email: SesEmail): string => `${email.subject}\n${email.body.text ?? ''}\n${email.body.html ?? ''}`;

/**
 * The emails to `to` whose subject or body has every one of `words`, waited for: they are sent from the orders
 * table's stream, a moment after the change.
 */
export async function emailsTo(
  to: string,
  words: string[],
  { timeoutMs = 15_000, atLeast = 1 } = {},
): Promise<SesEmail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await sesEmails()).filter(
      (email) =>
        email.destination.to.includes(to) &&
        words.every((word) => emailText(email).toLowerCase().includes(word.toLowerCase())),
    );
    if (found.length >= atLeast || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const GET_STOCK = /* GraphQL */ `
  query E2eBookStock($id: ID!) {
    getBook(id: $id) {
      stock
    }
  }
`;

/** A book's stock as the API tells a guest. */
export async function stockOf(bookId: string): Promise<number> {
  const outputs = stackOutputs() as ReturnType<typeof stackOutputs> & { data: { api_key: string } };
  const response = await fetch(outputs.data.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': outputs.data.api_key },
    body: JSON.stringify({ query: GET_STOCK, variables: { id: bookId } }),
  });
  const body = (await response.json()) as { data?: { getBook: { stock: number } | null } };
  if (!body.data?.getBook) throw new Error(`no book ${bookId}: ${JSON.stringify(body)}`);
  return body.data.getBook.stock;
}

const stripe = async <T>(path: string): Promise<T> => {
  const response = await fetch(`http://127.0.0.1:${port('stripe')}${path}`, {
    headers: { authorization: 'Bearer sk_test_e2e' },
  });
  if (!response.ok) throw new Error(`Stripe emulator ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

/** What Stripe says went back to the customer for a payment: refunded, or released before capture. */
export async function moneyBack(paymentIntentId: string): Promise<{ status: string; refundedCents: number }> {
  const intent = await stripe<{ status: string; latest_charge: string | null }>(
    `/v1/payment_intents/${encodeURIComponent(paymentIntentId)}`,
  );
  if (!intent.latest_charge) return { status: intent.status, refundedCents: 0 };
  const charge = await stripe<{ amount_refunded: number }>(`/v1/charges/${encodeURIComponent(intent.latest_charge)}`);
  return { status: intent.status, refundedCents: charge.amount_refunded };
}
