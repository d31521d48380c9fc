/**
 * A cover from the public image bucket. Width and height are always set (covers are 400×600), so the page keeps
 * its layout while images arrive; books without a cover, or whose cover fails to load, get a typeset placeholder
 * of the same size.
 */
import { useState } from 'react';
import { coverUrl } from '@folio/config/web/app-config';
import styles from './BookCover.module.css';

export const COVER_WIDTH = 400;
export const COVER_HEIGHT = 600;

export type CoverLoading = 'priority' | 'eager' | 'lazy';

interface BookCoverProps {
  title: string;
  author: string;
  coverKey: string | null;
  /** Empty when the title is also written beside the cover (cards), so screen readers hear it once. */
  alt?: string;
  /**
   * `priority`: the page's largest image (a book page's cover), fetched first. `eager`: above the fold (the home
   * page's first shelf: on a wide screen its covers are the largest paint). `lazy` (default): fetched as it
   * scrolls near.
   */
  loading?: CoverLoading;
  className?: string;
}

export function BookCover({ title, author, coverKey, alt = '', loading = 'lazy', className = '' }: BookCoverProps) {
  const [failed, setFailed] = useState(false);
  if (!coverKey || failed) {
    return (
      <div
        className={`${styles.cover} ${styles.placeholder} ${className}`}
        role={alt ? 'img' : undefined}
        aria-label={alt || undefined}
      >
        <span className={styles.placeholderTitle}>{title}</span>
        <span className={styles.placeholderAuthor}>{author}</span>
      </div>
    );
  }
  return (
    <img
      className={`${styles.cover} ${className}`}
      src={coverUrl(coverKey)}
      width={COVER_WIDTH}
      height={COVER_HEIGHT}
      alt={alt}
      loading={loading === 'lazy' ? 'lazy' : 'eager'}
      decoding="async"
      fetchPriority={loading === 'priority' ? 'high' : 'auto'}
      onError={() => setFailed(true)}
    />
  );
}
