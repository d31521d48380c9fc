/**
 * The emails of an order's life, as text and HTML: receipt (number, lines, total, address), shipped (carrier,
 * tracking), cancelled and refunded (amount). Delivery sends none: the customer has the parcel.
 */
import { formatPrice } from '@folio/config/web/format';
import { orderNumber } from '@folio/config/web/order-number';
import type { Order, OrderEvent } from './order';

export interface Email {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function email(subject: string, paragraphs: string[][]): Email {
  return {
    subject,
    text: `${paragraphs.map((lines) => lines.join('\n')).join('\n\n')}\n\n— Folio\n`,
    html: `<!doctype html><html lang="en"><body>${paragraphs
      .map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`)
      .join('')}<p>— Folio</p></body></html>`,
  };
}

export function orderEmail(order: Order, event: OrderEvent): Email | undefined {
  const number = orderNumber(order.id);
  const money = (cents: number) => formatPrice(cents, order.currency);
  if (event.kind === 'PLACED') {
    const a = order.shippingAddress;
    return email(`Your Folio order ${number}`, [
      [`Thank you for your order ${number}.`],
      order.items.map((line) => `${line.quantity} × ${line.title}: ${money(line.unitPriceCents * line.quantity)}`),
      [`Total: ${money(order.totalCents)}`],
      ['Shipping to:', a.name, a.line1, ...(a.line2 ? [a.line2] : []), `${a.postalCode} ${a.city}`, a.country],
    ]);
  }
  if (event.kind === 'SHIPPED' && order.shipment) {
    return email(`Your Folio order ${number} is on its way`, [
      [`We have shipped your order ${number}.`],
      [`Carrier: ${order.shipment.carrier}`, `Tracking number: ${order.shipment.trackingNumber}`],
    ]);
  }
  if (event.kind === 'CANCELLED') {
    return email(`Your Folio order ${number} is cancelled`, [
      [`Your order ${number} is cancelled.`],
      [`${money(event.amountCents ?? 0)} goes back to your card; your bank may take a few days to show it.`],
    ]);
  }
  if (event.kind === 'REFUND') {
    return email(`A refund of ${money(event.amountCents ?? 0)} on your Folio order ${number}`, [
      [`We have refunded ${money(event.amountCents ?? 0)} on your order ${number}.`],
      ...(event.note ? [[`Reason: ${event.note}`]] : []),
      [`Refunded so far: ${money(order.refundedCents)} of ${money(order.totalCents)}.`],
    ]);
  }
  return undefined;
}
