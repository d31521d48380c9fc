/** Orders as the account pages read them (the fields of orders/graphql.ts). Money is in cents. */
export type OrderStatus = 'PAID';

export interface OrderSummary {
  id: string;
  totalCents: number;
  currency: string;
  status: OrderStatus | string;
  createdAt: string;
  items: ReadonlyArray<{ quantity: number }>;
}

export interface OrderPage {
  items: OrderSummary[];
  nextToken: string | null;
}

export interface OrderItem {
  bookId: string;
  title: string;
  unitPriceCents: number;
  quantity: number;
}

export interface Address {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
}

export interface OrderDetail {
  id: string;
  totalCents: number;
  currency: string;
  status: OrderStatus | string;
  paymentIntentId: string;
  createdAt: string;
  items: OrderItem[];
  shippingAddress: Address;
}
