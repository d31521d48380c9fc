/** "1 item", "3 items": the one wording of a count of books, in the header, the mini cart and the cart page. */
export const itemsLabel = (count: number): string => `${count} ${count === 1 ? 'item' : 'items'}`;
