import { useState } from 'react';
import { deleteBook, type AdminBookRow } from '../api/admin-books';
import { ConfirmDialog } from '@folio/config/web/ConfirmDialog';

interface DeleteBookDialogProps {
  book: AdminBookRow;
  onDeleted(book: AdminBookRow): void;
  onCancel(): void;
}

/** "Delete “Emma”?": the API removes the book from listings and search at once; orders keep their own copy. */
export function DeleteBookDialog({ book, onDeleted, onCancel }: DeleteBookDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      // Null means it was already gone (deleted in another tab): the outcome is the same.
      await deleteBook(book.id);
      onDeleted(book);
    } catch (failure) {
      setError(
        `The book was not deleted: ${failure instanceof Error ? failure.message : 'the store could not be reached'}. Try again.`,
      );
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={`Delete “${book.title}”?`}
      confirmLabel="Delete book"
      busyLabel="Deleting…"
      busy={busy}
      error={error}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p>
        {book.title} by {book.author} disappears from the shop at once: its page, the listings and search.
      </p>
      <p>Orders that include it keep their lines and prices. This cannot be undone.</p>
    </ConfirmDialog>
  );
}
