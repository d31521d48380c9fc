import { Link, useLocation, useNavigate, useParams } from '@folio/config/web/router';
import { useQuery } from '@folio/config/web/use-query';
import { ErrorState } from '@folio/config/web/Status';
import { getBookForEdit, updateBook } from '../api/admin-books';
import { listUrl, type AdminNavState } from '../ui/nav-state';
import { BookForm } from './BookForm';
import { formFromBook } from './book-form';
import page from '../ui/AdminPage.module.css';

/** /admin/books/:id/edit: the book as stored now (read on every visit, never from a cache). */
export function EditBookPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const back = listUrl(useLocation().state);
  const book = useQuery(() => getBookForEdit(id), id);

  const breadcrumb = (
    <nav aria-label="Breadcrumb" className={page.breadcrumb}>
      <Link to={back}>Book management</Link> <span aria-hidden="true">›</span> Edit
    </nav>
  );
  if (book.status !== 'ready' || !book.data) {
    return (
      <div className={page.page}>
        <title>Edit a book · Book management · Folio</title>
        {breadcrumb}
        <header className={page.header}>
          <h1 className={page.title}>Edit a book</h1>
        </header>
        {book.status === 'loading' && (
          <p role="status" className={page.muted}>
            Loading the book…
          </p>
        )}
        {book.status === 'error' && <ErrorState what="this book" onRetry={book.reload} />}
        {book.status === 'ready' && (
          <p>
            There is no book with this id: it may have been deleted. <Link to={back}>Back to the list</Link>
          </p>
        )}
      </div>
    );
  }
  const stored = book.data;
  return (
    <div className={page.page}>
      <title>{`Edit “${stored.title}” · Book management · Folio`}</title>
      {breadcrumb}
      <header className={page.header}>
        <h1 className={page.title}>Edit “{stored.title}”</h1>
        <Link to={`/books/${encodeURIComponent(stored.id)}`}>View in the shop</Link>
      </header>
      <BookForm
        initial={formFromBook(stored)}
        initialCoverKey={stored.coverKey}
        submitLabel="Save changes"
        cancelTo={back}
        onSave={async (input) => {
          const saved = await updateBook(stored.id, input);
          const state: AdminNavState = { notice: { text: `Saved “${saved.title}”.`, bookId: saved.id } };
          navigate(back, { state });
        }}
      />
    </div>
  );
}
