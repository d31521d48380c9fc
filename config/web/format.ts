/** Money is an integer number of cents everywhere in Folio; this is the one place it becomes text. */
const formatters = new Map<string, Intl.NumberFormat>();

/** The short order number customers see (account pages, checkout confirmation): 8 letters/digits of the id. */
export const orderNumber = (id: string): string =>
  id
    .replace(/[^a-z0-9]/gi, '')
    .slice(0, 8)
    .toUpperCase();

export function formatPrice(cents: number, currency = 'USD'): string {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter.format(cents / 100);
}
