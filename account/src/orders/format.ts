/** How orders read on the page: dates, item counts, statuses, short order numbers. */
import { formatPrice } from '@folio/config/web/format';

export { formatPrice };

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' });

/** "Nov 24, 2025" (the customer's time zone). */
export const orderDate = (iso: string): string => dateFormat.format(new Date(iso));

/** "November 24, 2025 at 3:04 PM". */
export const orderDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));

export const itemCount = (items: ReadonlyArray<{ quantity: number }>): number =>
  items.reduce((sum, item) => sum + item.quantity, 0);

export const itemCountText = (items: ReadonlyArray<{ quantity: number }>): string => {
  const n = itemCount(items);
  return n === 1 ? '1 item' : `${n} items`;
};

const STATUS_LABELS: Readonly<Record<string, string>> = { PAID: 'Paid' };

export const statusLabel = (status: string): string =>
  STATUS_LABELS[status] ?? status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');

/** The order number customers quote: the first 8 characters of the id (a 32-character hash), upper-case. */
export { orderNumber } from '@folio/config/web/order-number';

let regionNames: Intl.DisplayNames | null | undefined;

/** "GB" → "United Kingdom"; anything that is not a region code is shown as written. */
export function countryName(country: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return country;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}
