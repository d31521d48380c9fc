import { Link, useLocation, useNavigate } from '@folio/config/web/router';
import { createBook } from '../api/admin-books';
import { listUrl, type AdminNavState } from '../ui/nav-state';
import { BookForm } from './BookForm';
import { EMPTY_FORM } from './book-form';
import page from '../ui/AdminPage.module.css';

/** /admin/books/new */
export function NewBookPage() {
  const navigate = useNavigate();
  const back = listUrl(useLocation().state);
  return (
    <div className={page.page}>
      <title>Add a book · Book management · Folio</title>
      <nav aria-label="Breadcrumb" className={page.breadcrumb}>
        <Link to={back}>Book management</Link> <span aria-hidden="true">›</span> New book
      </nav>
      <header className={page.header}>
        <h1 className={page.title}>Add a book</h1>
      </header>
      <BookForm
        initial={EMPTY_FORM}
        initialCoverKey={null}
        submitLabel="Add book"
        cancelTo={back}
        onSave={async (input) => {
          const book = await createBook(input);
          const state: AdminNavState = { notice: { text: `Added “${book.title}”.`, bookId: book.id } };
          navigate(back, { state });
        }}
      />
    </div>
  );
}
