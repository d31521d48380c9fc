/**
 * An order's dates as customers and staff read them, in the reader's time zone. Apart from format.ts (prices),
 * which the mini cart on every page bundles: these load with the order pages only.
 */
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' });

/** "Nov 24, 2025". */
export const orderDate = (iso: string): string => dateFormat.format(new Date(iso));

/** "November 24, 2025 at 3:04 PM". */
export const orderDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));
