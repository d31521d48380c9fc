/**
 * /checkout: for signed-in customers (AuthGate). The shipping address, the payment method, and ONE processOrder
 * per Pay with the attempt's idempotency key (use-place-order.ts); then the confirmation page.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import { startCartSync } from '../cart/cart-sync';
import { useCartView } from '../cart/use-cart-view';
import { AddressFields, fieldId } from './AddressFields';
import {
  ADDRESS_FIELDS,
  EMPTY_ADDRESS,
  fieldError,
  toAddressInput,
  toDraft,
  validateAddress,
  type AddressDraft,
  type AddressErrors,
  type AddressField,
} from './address';
import { readAddressDraft, saveAddressDraft } from './address-draft';
import { savedAttempt } from './attempt';
import { AuthGate, signInPath } from './AuthGate';
import { OrderSummary } from './OrderSummary';
import { PaymentSection } from './payment/PaymentSection';
import type { PaymentSource } from './payment/payment-source';
import { useSession } from '@folio/config/web/use-session';
import { usePlaceOrder } from './use-place-order';
import styles from './CheckoutPage.module.css';

/** Checkout shows prices read at most this long ago (the cart page allows 30 s). */
export const CHECKOUT_MAX_AGE_MS = 5_000;

export function CheckoutPage() {
  useEffect(() => {
    startCartSync();
  }, []);
  return (
    <div className={styles.page}>
      <title>Checkout · Folio</title>
      <h1 className={styles.title}>Checkout</h1>
      <AuthGate fallback={<CheckoutSkeleton />}>
        <SignedInCheckout />
      </AuthGate>
    </div>
  );
}

function SignedInCheckout() {
  const session = useSession();
  if (session.status !== 'signed-in') return <CheckoutSkeleton />;
  return <CheckoutForm customerId={session.user.sub} />;
}

export function CheckoutSkeleton() {
  return (
    <div className={styles.skeleton} role="status" aria-busy="true" aria-label="Loading checkout">
      <div className={styles.skeletonForm} />
      <div className={styles.skeletonSummary} />
    </div>
  );
}

export function CheckoutForm({ customerId }: { customerId: string }) {
  const navigate = useNavigate();
  const { views, summary, failed, reload } = useCartView(CHECKOUT_MAX_AGE_MS);
  // A payment that was under way when the page went away: its address comes back, and Pay retries it.
  const [interrupted] = useState(() => {
    const attempt = savedAttempt(customerId);
    return attempt?.state === 'sending' ? attempt : null;
  });
  const [draft, setDraft] = useState<AddressDraft>(() =>
    interrupted ? toDraft(interrupted.address) : (readAddressDraft(customerId) ?? EMPTY_ADDRESS),
  );
  const [errors, setErrors] = useState<AddressErrors>({});
  const [invalidCount, setInvalidCount] = useState(0);
  const [payment, setPayment] = useState<PaymentSource | null>(null);
  const onSource = useCallback((source: PaymentSource | null) => setPayment(source), []);
  const { status, problem, placeOrder } = usePlaceOrder(customerId);
  const busy = status !== 'idle';
  const problemText = useRef<HTMLParagraphElement>(null);

  useEffect(() => saveAddressDraft(customerId, draft), [customerId, draft]);

  useEffect(() => {
    if (problem?.fieldErrors) setErrors((e) => ({ ...e, ...problem.fieldErrors }));
    // The books may have sold out or changed: show what is true now.
    if (problem?.kind === 'stock' || problem?.kind === 'gone') reload();
    // The 3-D Secure dialog had the focus: it moves to what happened, not back to a Pay button out of context.
    if (problem?.kind === 'authentication') problemText.current?.focus();
  }, [problem, reload]);

  const titles = useMemo(() => new Map(views.map((v) => [v.line.bookId, v.book?.title])), [views]);

  if (views.length === 0 && status !== 'placed') {
    return (
      <div className={styles.empty}>
        <p>Your cart is empty, so there is nothing to pay for.</p>
        <Link to="/books" className={styles.emptyLink}>
          Browse books
        </Link>
      </div>
    );
  }

  const change = (field: AddressField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    // A shown message follows the typing, so it disappears as soon as the field is right.
    if (errors[field]) setErrors((e) => ({ ...e, [field]: fieldError(field, value) }));
  };
  const blur = (field: AddressField) => {
    const error = fieldError(field, draft[field]);
    // Leaving a field empty before the first Pay is not an error yet; a wrong value is.
    if (error && (draft[field] !== '' || errors[field])) setErrors((e) => ({ ...e, [field]: error }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validateAddress(draft);
    setErrors(found);
    const invalid = ADDRESS_FIELDS.filter((f) => found[f]);
    setInvalidCount(invalid.length);
    if (invalid.length > 0) {
      document.getElementById(fieldId(invalid[0]))?.focus();
      return;
    }
    if (!summary.orderable || !payment) return;
    const order = await placeOrder({
      items: views.map((v) => ({ bookId: v.line.bookId, quantity: v.line.quantity })),
      address: toAddressInput(draft),
      payment,
      titleOf: (id) => titles.get(id),
    });
    if (order) navigate(`/checkout/confirmation/${encodeURIComponent(order.id)}`, { state: { order } });
  };

  const total = summary.money === undefined ? undefined : formatPrice(summary.money.totalCents, summary.currency);
  const payLabel = {
    paying: 'Paying…',
    authenticating: 'Confirming with your card…',
    placed: 'Order placed',
    idle: total ? `Pay ${total}` : 'Pay',
  }[status];

  return (
    <div className={styles.layout}>
      <form className={styles.form} onSubmit={submit} noValidate aria-label="Checkout">
        {interrupted && (
          <p className={styles.notice} role="status">
            Your last payment did not finish: the page was closed or reloaded while it was under way. Pay again to
            complete it — you will not be charged twice for this order.
          </p>
        )}
        <AddressFields value={draft} errors={errors} onChange={change} onBlur={blur} disabled={busy} />
        <PaymentSection
          amountCents={summary.money?.totalCents ?? 0}
          currency={summary.currency}
          onSource={onSource}
          disabled={busy}
        />
        <div className={styles.alert} role="alert">
          {invalidCount > 0 && Object.keys(errors).some((f) => errors[f as AddressField]) && !problem && (
            <p className={styles.problem}>
              Please correct the {invalidCount === 1 ? 'field' : `${invalidCount} fields`} marked above.
            </p>
          )}
          {problem && (
            <p className={styles.problem} ref={problemText} tabIndex={-1}>
              {problem.message} {problem.kind === 'signed-out' && <Link to={signInPath('/checkout')}>Sign in</Link>}
              {(problem.kind === 'stock' || problem.kind === 'gone') && <Link to="/cart">Go to your cart</Link>}
            </p>
          )}
          {failed && (
            <p className={styles.problem}>
              Current prices could not be loaded.{' '}
              <button type="button" className={styles.linkButton} onClick={reload}>
                Try again
              </button>
            </p>
          )}
        </div>
        <button
          type="submit"
          className={styles.pay}
          disabled={busy || !summary.orderable || !payment}
          aria-describedby="folio-pay-note"
        >
          {(status === 'paying' || status === 'authenticating') && (
            <span className={styles.spinner} aria-hidden="true" />
          )}
          {payLabel}
        </button>
        <p id="folio-pay-note" className={styles.payNote}>
          {summary.orderable || summary.blockers.length === 0
            ? 'You are charged the total shown. Payments are processed by Stripe.'
            : 'Your cart needs a change before you can pay: see your order.'}
        </p>
      </form>
      <OrderSummary views={views} summary={summary} />
    </div>
  );
}
