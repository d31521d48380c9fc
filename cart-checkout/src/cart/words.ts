/** "item" or "items", after a count. */
export const itemsWord = (count: number): string => (count === 1 ? 'item' : 'items');

/** "1 item", "3 items": the one wording of a count of books, in the header, the mini cart and the cart page. */
export const itemsLabel = (count: number): string => `${count} ${itemsWord(count)}`;
