/**
 * /admin/orders/:id: one order for staff (lines, address, payment, shipment, history) and what can be done with
 * it now: ship or cancel while PAID, deliver once SHIPPED, refund while anything is left. After each action the
 * order the API answered is shown with a message that takes the focus; after a Conflict the order is read again.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from '@folio/config/web/router';
import { ErrorState } from '@folio/config/web/Status';
import { useQuery } from '@folio/config/web/use-query';
import { getDeskOrder, isConflict, type DeskOrder } from './order-desk-api';
import { CONFLICT_TEXT, type RunAction } from './desk-action';
import { DeskOrderView } from './DeskOrderView';
import page from '../ui/AdminPage.module.css';
import styles from './OrderDesk.module.css';

interface Notice {
  text: string;
  conflict: boolean;
  /** The order as the action's answer has it; null while it is read again. */
  order: DeskOrder | null;
}

const backToOrders = (
  <p className={page.breadcrumb}>
    <Link to="/admin/orders">← All orders</Link>
  </p>
);

export function DeskOrderPage() {
  const { id = '' } = useParams();
  const order = useQuery(() => getDeskOrder(id), id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // The button that was pressed may be gone (a shipped order has no "Mark shipped"): the message takes the focus.
  useEffect(() => {
    if (notice && order.status === 'ready') noticeRef.current?.focus();
  }, [notice, order.status]);
  useEffect(() => setNotice(null), [id]);

  const act: RunAction = async (run, done) => {
    try {
      const changed = await run();
      setNotice({ text: done(changed), conflict: false, order: changed });
      return null;
    } catch (failure) {
      if (!isConflict(failure)) return failure instanceof Error ? failure.message : String(failure);
      setNotice({ text: `${CONFLICT_TEXT} (${failure.message})`, conflict: true, order: null });
      order.reload();
      return null;
    }
  };

  if (order.status === 'loading') {
    return (
      <div className={page.page}>
        {backToOrders}
        <h1 className={page.title}>Order</h1>
        <p role="status" className={page.muted}>
          Loading the order…
        </p>
      </div>
    );
  }
  if (order.status === 'error') {
    return (
      <div className={page.page}>
        {backToOrders}
        <h1 className={page.title}>Order</h1>
        <ErrorState what="this order" onRetry={order.reload} />
      </div>
    );
  }
  if (!order.data) {
    return (
      <div className={`${page.page} ${page.narrow}`}>
        <title>Order not found · Folio</title>
        {backToOrders}
        <h1 className={page.title}>Order not found</h1>
        <p>There is no order with this id. Find it by its number or the customer’s email in the order list.</p>
      </div>
    );
  }
  return (
    <div className={page.page}>
      {backToOrders}
      <DeskOrderView
        order={notice?.order ?? order.data}
        act={act}
        notice={
          <p
            ref={noticeRef}
            role="status"
            tabIndex={-1}
            className={notice ? `${styles.notice} ${notice.conflict ? styles.conflict : ''}` : styles.noticeEmpty}
          >
            {notice?.text}
          </p>
        }
      />
    </div>
  );
}
