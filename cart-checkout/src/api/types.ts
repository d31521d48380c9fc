/** The shapes cart-checkout's documents (graphql.ts) select. Money is integer cents. */
export interface CartBookData {
  id: string;
  title: string;
  author: string;
  priceCents: number;
  currency: string;
  stock: number;
  coverKey: string | null;
}

export interface AddressData {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
}

export interface OrderItemData {
  bookId: string;
  title: string;
  unitPriceCents: number;
  quantity: number;
}

export interface OrderData {
  id: string;
  items: OrderItemData[];
  totalCents: number;
  currency: string;
  status: string;
  shippingAddress: AddressData;
  createdAt: string;
}

export interface ProcessOrderInput {
  idempotencyKey: string;
  items: Array<{ bookId: string; quantity: number }>;
  paymentMethodId: string;
  shippingAddress: AddressData;
}
