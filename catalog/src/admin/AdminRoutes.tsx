/**
 * /admin/*: book management and the order desk for the Cognito group Admin. This module and everything it imports is its own
 * chunk, loaded on /admin only (routes.tsx), so customers never download it.
 */
import type { ReactNode } from 'react';
import { Route, Routes } from '@folio/config/web/router';
import { RequireAdmin } from './access/RequireAdmin';
import { EditBookPage } from './form/EditBookPage';
import { NewBookPage } from './form/NewBookPage';
import { ManageBooksPage } from './list/ManageBooksPage';
import { AdminNav } from './AdminNav';
import { DeskOrderPage } from './orders/DeskOrderPage';
import { OrderDeskPage } from './orders/OrderDeskPage';

export default function AdminRoutes({ notFound }: { notFound: ReactNode }) {
  return (
    <RequireAdmin>
      <AdminNav />
      <Routes>
        <Route index element={<ManageBooksPage />} />
        <Route path="books/new" element={<NewBookPage />} />
        <Route path="books/:id/edit" element={<EditBookPage />} />
        <Route path="orders" element={<OrderDeskPage />} />
        <Route path="orders/:id" element={<DeskOrderPage />} />
        <Route path="*" element={notFound} />
      </Routes>
    </RequireAdmin>
  );
}
