/** A book's cover at cart size, with width and height set (covers are 2:3), or a plain block of the same size. */
import { useState } from 'react';
import { coverUrl } from '@folio/config/web/app-config';
import type { CartBookData } from '@folio/contract/documents/cart';
import styles from './CoverThumb.module.css';

const SIZES = { small: [40, 60], medium: [72, 108] } as const;

export function CoverThumb({ book, size = 'medium' }: { book?: CartBookData; size?: keyof typeof SIZES }) {
  const [failed, setFailed] = useState(false);
  const [width, height] = SIZES[size];
  if (!book?.coverKey || failed) {
    return (
      <span className={`${styles.cover} ${styles[size]} ${styles.placeholder}`} aria-hidden="true">
        {book?.title.slice(0, 1)}
      </span>
    );
  }
  return (
    <img
      className={`${styles.cover} ${styles[size]}`}
      src={coverUrl(book.coverKey)}
      width={width}
      height={height}
      // The title is written beside the cover: screen readers hear it once.
      alt=""
      loading="lazy"
      decoding="async"
      onError={() => setFailed(true)}
    />
  );
}
