/**
 * The catalog's pages. The shell renders this component for the URLs the catalog owns (/, /books/*, /search,
 * /admin/*) and passes its own 404 page for anything else, so the store has one "not found" look.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from '@folio/config/web/router';
import { HomePage } from './home/HomePage';
import { AllBooksPage, GenrePage } from './browse/BookListPage';
import { SearchPage } from './search/SearchPage';
import { BookPage } from './book/BookPage';

// Few customers are admins: book management is its own chunk, loaded only on /admin.
const AdminRoutes = lazy(() => import(/* webpackChunkName: "admin" */ './admin/AdminRoutes'));

export interface CatalogRoutesProps {
  notFound?: ReactNode;
}

export default function CatalogRoutes({ notFound = <p>Page not found.</p> }: CatalogRoutesProps) {
  return (
    <Routes>
      <Route index element={<HomePage />} />
      <Route path="books" element={<AllBooksPage />} />
      <Route path="books/genre/:genre" element={<GenrePage notFound={notFound} />} />
      <Route path="books/:id" element={<BookPage notFound={notFound} />} />
      <Route path="search" element={<SearchPage />} />
      <Route
        path="admin/*"
        element={
          <Suspense fallback={null}>
            <AdminRoutes notFound={notFound} />
          </Suspense>
        }
      />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
