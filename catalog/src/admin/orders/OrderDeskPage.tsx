/**
 * /admin/orders: every customer's orders, newest first (listOrders), of one status when chosen, a page at a time
 * with "Load more"; or the orders found by number or email (findOrders). The status and the search live in the
 * URL (?status=…&find=…), so Back from an order returns to the same list.
 */
import { useId, useState } from 'react';
import { useSearchParams } from '@folio/config/web/router';
import { EmptyState, ErrorState } from '@folio/config/web/Status';
import { isOrderStatus, ORDER_STATUSES, statusLabel } from '@folio/config/web/order-status';
import { usePagedQuery } from '@folio/config/web/use-paged-query';
import type { OrderStatus } from '@folio/contract/generated/operations';
import { LoadMore } from '../../browse/LoadMore';
import { findOrders, listOrders, type DeskOrderRow } from './order-desk-api';
import { OrderTable } from './OrderTable';
import page from '../ui/AdminPage.module.css';
import filters from '../list/ManageBooksPage.module.css';
import styles from './OrderDesk.module.css';

const ORDER_NOUN = ['order', 'orders'] as const;

function useDeskParams() {
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status') ?? '';
  const status: OrderStatus | null = isOrderStatus(rawStatus) ? rawStatus : null;
  const find = (params.get('find') ?? '').trim();
  const update = (changes: { status?: string; find?: string }) => {
    const next = { status: changes.status ?? status ?? '', find: changes.find ?? find };
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== '')), { replace: true });
  };
  return { status, find, update };
}

function summary(count: number, status: OrderStatus | null, find: string, hasMore: boolean): string {
  const orders = `${count} ${count === 1 ? 'order' : 'orders'}`;
  const which = status ? ` ${statusLabel(status).toLowerCase()}` : '';
  if (find) return `${hasMore ? 'First ' : ''}${orders}${which} found for “${find}”`;
  return `${hasMore ? 'Latest ' : ''}${orders}${which}, newest first`;
}

export function OrderDeskPage() {
  const { status, find, update } = useDeskParams();
  const statusId = useId();
  const findId = useId();
  const hintId = useId();
  const [text, setText] = useState(find);

  const orders = usePagedQuery<DeskOrderRow>(
    (nextToken) => (find ? findOrders(find, nextToken) : listOrders(status, nextToken)),
    find ? `find:${find}` : `status:${status ?? ''}`,
  );
  // findOrders has no status argument: a status narrows what was found.
  const rows = find && status ? orders.items.filter((order) => order.status === status) : orders.items;

  return (
    <div className={page.page}>
      <title>Orders · Folio</title>
      <header className={page.header}>
        <div>
          <h1 className={page.title}>Orders</h1>
          <p className={page.muted}>Ship, deliver, refund or cancel customers’ orders.</p>
        </div>
      </header>

      <div className={filters.filters}>
        <form
          role="search"
          aria-label="Find orders"
          className={styles.find}
          onSubmit={(event) => {
            event.preventDefault();
            setText(text.trim());
            update({ find: text.trim() });
          }}
        >
          <div className={filters.filter}>
            <label htmlFor={findId} className={filters.label}>
              Order number or customer email
            </label>
            <input
              id={findId}
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              className={filters.input}
              aria-describedby={hintId}
              autoComplete="off"
              spellCheck={false}
            />
            <p id={hintId} className={styles.hint}>
              The 8 characters the customer sees, like 7F3A9C0D, or the email they signed in with.
            </p>
          </div>
          <button type="submit" className={styles.button}>
            Find
          </button>
          {find && (
            <button
              type="button"
              className={styles.secondary}
              onClick={() => {
                setText('');
                update({ find: '' });
              }}
            >
              Show all orders
            </button>
          )}
        </form>
        <div className={filters.filter}>
          <label htmlFor={statusId} className={filters.label}>
            Status
          </label>
          <select
            id={statusId}
            value={status ?? ''}
            onChange={(event) => update({ status: event.target.value })}
            className={filters.input}
          >
            <option value="">All statuses</option>
            {ORDER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(value)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {orders.status === 'loading' && (
        <p role="status" className={page.muted}>
          Loading orders…
        </p>
      )}
      {orders.status === 'error' && <ErrorState what="the orders" onRetry={orders.reload} />}
      {orders.status === 'ready' &&
        (rows.length === 0 && !orders.hasMore ? (
          <EmptyState
            title={
              find
                ? `No ${status ? `${statusLabel(status).toLowerCase()} ` : ''}orders found for “${find}”.`
                : `No ${status ? `${statusLabel(status).toLowerCase()} ` : ''}orders yet.`
            }
          />
        ) : (
          <>
            <OrderTable orders={rows} caption={summary(rows.length, status, find, orders.hasMore)} />
            <LoadMore books={{ ...orders, items: rows }} noun={ORDER_NOUN} />
          </>
        ))}
    </div>
  );
}
