/**
 * The cart belongs to cart-checkout: the catalog renders its AddToCartButton, loaded at run time, in
 * a slot with its own fallback, so a cart outage leaves the book page readable.
 */
import { useEffect } from 'react';
import { RemoteSlot } from '@folio/config/web/RemoteSlot';
import { preloadRemoteModules } from '@folio/config/web/remotes';
import type { AddToCartButtonProps } from 'cart-checkout/AddToCartButton';
import type { BookDetail } from '../api/types';
import styles from './BookPage.module.css';

const ADD_TO_CART = 'cart-checkout/AddToCartButton';

/** Starts downloading the button while the book itself loads, so both arrive together. */
export function usePreloadAddToCart(): void {
  useEffect(() => preloadRemoteModules([ADD_TO_CART]), []);
}

export function AddToCartSlot({ book }: { book: BookDetail }) {
  const props: AddToCartButtonProps = {
    book: {
      id: book.id,
      title: book.title,
      author: book.author,
      priceCents: book.priceCents,
      currency: book.currency,
      stock: book.stock,
      coverKey: book.coverKey,
    },
  };
  return (
    <div className={styles.cartSlot}>
      <RemoteSlot
        id={ADD_TO_CART}
        props={props}
        label="Add to cart"
        variant="inline"
        fallback={<div className={styles.buttonSkeleton} aria-hidden="true" />}
      />
    </div>
  );
}
