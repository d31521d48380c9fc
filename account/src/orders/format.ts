/** How orders read on the page: dates, item counts, statuses, short order numbers. */
import { formatPrice } from '@folio/config/web/format';

export { formatPrice };

// Shared with the staff order desk, so both read an order alike.
export { orderDate, orderDateTime } from '@folio/config/web/order-dates';
export { statusLabel } from '@folio/config/web/order-status';

export const itemCount = (items: ReadonlyArray<{ quantity: number }>): number =>
  items.reduce((sum, item) => sum + item.quantity, 0);

export const itemCountText = (items: ReadonlyArray<{ quantity: number }>): string => {
  const n = itemCount(items);
  return n === 1 ? '1 item' : `${n} items`;
};

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
