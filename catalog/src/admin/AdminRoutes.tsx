/**
 * /admin/*: book management for the Cognito group Admin. This module and everything it imports is its own
 * chunk, loaded on /admin only (routes.tsx), so customers never download it.
 */
import type { ReactNode } from 'react';
import { Route, Routes } from '@folio/config/web/router';
import { RequireAdmin } from './access/RequireAdmin';
import { EditBookPage } from './form/EditBookPage';
import { NewBookPage } from './form/NewBookPage';
import { ManageBooksPage } from './list/ManageBooksPage';

export default function AdminRoutes({ notFound }: { notFound: ReactNode }) {
  return (
    <RequireAdmin>
      <Routes>
        <Route index element={<ManageBooksPage />} />
        <Route path="books/new" element={<NewBookPage />} />
        <Route path="books/:id/edit" element={<EditBookPage />} />
        <Route path="*" element={notFound} />
      </Routes>
    </RequireAdmin>
  );
}
