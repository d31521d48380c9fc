/**
 * How an order's status and the events of its life read, in the customer's pages (account) and the staff order
 * desk (catalog's /admin/orders) alike: one wording, so staff read what customers read.
 */
import type { OrderActor, OrderEventKind, OrderStatus } from '@folio/contract/generated/operations';

const STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  PAID: 'Paid',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  REFUNDED: 'Refunded',
};

/** Every status, in the order of an order's life: the desk's filter lists them so. */
export const ORDER_STATUSES = Object.keys(STATUS_LABELS) as OrderStatus[];

export const isOrderStatus = (value: string): value is OrderStatus => value in STATUS_LABELS;

/** "Paid"; a status this build does not know yet reads as written, in sentence case. */
export const statusLabel = (status: string): string =>
  isOrderStatus(status) ? STATUS_LABELS[status] : status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');

const EVENT_LABELS: Readonly<Record<OrderEventKind, string>> = {
  PLACED: 'Order placed',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  REFUND: 'Refund',
};

export const eventLabel = (kind: string): string => EVENT_LABELS[kind as OrderEventKind] ?? statusLabel(kind);

const ACTOR_LABELS: Readonly<Record<OrderActor, string>> = {
  CUSTOMER: 'by the customer',
  STAFF: 'by the store',
  SYSTEM: 'automatically',
};

export const actorLabel = (actor: string): string => ACTOR_LABELS[actor as OrderActor] ?? '';
