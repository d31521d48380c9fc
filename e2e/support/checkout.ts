/**
 * Helpers for the cart and checkout journeys (e2e/tests/cart*.spec.ts, checkout*.spec.ts): filling the cart from
 * book pages, signing in on the page, the shipping form, and the customer's orders read through the GraphQL API.
 * Additive: nothing else in e2e/ uses them.
 */
import { expect, type Page } from '@playwright/test';
import { DEMO_USERS } from '@folio/config';
import { idToken, stackOutputs } from './account';
import type { E2eMyOrdersQuery } from '@folio/contract/generated/operations';

export const CUSTOMER = DEMO_USERS.find((u) => u.groups.length === 0)!;

/** Adds a book from its page, as a customer would, and waits for the button to say so. */
export async function addFromBookPage(page: Page, bookId: string): Promise<void> {
  await page.goto(`/books/${bookId}`);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('button', { name: 'Added to cart ✓' })).toBeVisible();
}

/** Signs in on the account app's sign-in page (the page must be on it). */
export async function signInOnPage(page: Page, user = CUSTOMER): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 St James’s Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
} as const;

export async function fillShippingAddress(page: Page, address = ADDRESS): Promise<void> {
  await page.getByLabel('Full name').fill(address.name);
  await page.getByLabel('Address line 1').fill(address.line1);
  await page.getByLabel('Town or city').fill(address.city);
  await page.getByLabel('Postal code').fill(address.postalCode);
  await page.getByLabel('Country').selectOption(address.country);
}

/** An order as myOrders' document reads it. */
export type OrderSeen = E2eMyOrdersQuery['myOrders']['items'][number];

const MY_ORDERS = /* GraphQL */ `
  query E2eMyOrders {
    myOrders(limit: 100) {
      items {
        id
        totalCents
        items {
          bookId
          quantity
          unitPriceCents
        }
      }
    }
  }
`;

/** The customer's latest orders (newest first), straight from the API. */
export async function myOrders(user = CUSTOMER): Promise<OrderSeen[]> {
  const outputs = stackOutputs();
  const token = await idToken(user.email, user.password, outputs);
  const response = await fetch(outputs.data.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: token },
    body: JSON.stringify({ query: MY_ORDERS, variables: {} }),
  });
  const body = (await response.json()) as { data?: E2eMyOrdersQuery; errors?: unknown[] };
  if (!body.data) throw new Error(`myOrders failed: ${JSON.stringify(body.errors)}`);
  return body.data.myOrders.items;
}

/** Orders in `after` that were not in `before`. */
export const newOrders = (before: readonly OrderSeen[], after: readonly OrderSeen[]): OrderSeen[] =>
  after.filter((o) => !before.some((b) => b.id === o.id));

/**
 * The order number customers see (the account app's and the confirmation's): the id's first 8 characters, upper-case.
 */
export const orderNumber = (id: string): string =>
  id
    .replace(/[^a-z0-9]/gi, '')
    .slice(0, 8)
    .toUpperCase();
