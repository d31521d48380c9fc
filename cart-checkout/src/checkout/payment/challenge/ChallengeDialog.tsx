/**
 * Offline test mode's 3-D Secure step, like Stripe's test page: a modal dialog framing the Stripe emulator's
 * challenge page (Complete / Fail). The page reports its outcome by postMessage; only the emulator's origin and
 * this payment's id count (challenge-message.ts). Close (or Escape) leaves it unanswered. Focus moves into the
 * dialog, Tab cycles inside it (guards at both ends, since keys pressed inside the frame never reach this page),
 * and focus goes back to what had it when the dialog closes.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ChallengeOutcome, PaymentAction } from '../payment-source';
import { challengeResultOf, challengeUrl } from './challenge-message';
import styles from './ChallengeDialog.module.css';

export interface ChallengeDialogProps {
  emulatorOrigin: string;
  action: PaymentAction;
  onDone(outcome: ChallengeOutcome): void;
}

export default function ChallengeDialog({ emulatorOrigin, action, onDone }: ChallengeDialogProps) {
  const titleId = useId();
  const noteId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [loaded, setLoaded] = useState(false);
  // The outcome is reported once, whichever comes first (a message, Close, Escape).
  const done = useRef(false);
  const finish = useRef(onDone);
  finish.current = (outcome) => {
    if (done.current) return;
    done.current = true;
    onDone(outcome);
  };

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const result = challengeResultOf(event, emulatorOrigin, action.paymentIntentId);
      if (result) finish.current(result);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') finish.current('closed');
    };
    window.addEventListener('message', onMessage);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('message', onMessage);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [emulatorOrigin, action.paymentIntentId]);

  return createPortal(
    <div className={styles.backdrop}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a focus guard: Tab past the start wraps to the end */}
      <span tabIndex={0} className={styles.guard} onFocus={() => close.current?.focus()} />
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={noteId}
        aria-busy={!loaded}
        tabIndex={-1}
        className={styles.dialog}
      >
        <h2 id={titleId} className={styles.title}>
          Confirm your payment
        </h2>
        <p id={noteId} className={styles.note}>
          Your card asks you to confirm this payment (3-D Secure). In test mode, Stripe’s test page stands in for your
          bank’s.
        </p>
        {!loaded && (
          <p className={styles.loading} role="status">
            Loading the security check…
          </p>
        )}
        <iframe
          ref={frame}
          title="3-D Secure challenge"
          src={challengeUrl(emulatorOrigin, action.paymentIntentId, action.clientSecret)}
          className={styles.frame}
          onLoad={() => setLoaded(true)}
        />
        <div className={styles.actions}>
          <button ref={close} type="button" className={styles.close} onClick={() => finish.current('closed')}>
            Close
          </button>
        </div>
      </div>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a focus guard: Tab past the end wraps to the start */}
      <span tabIndex={0} className={styles.guard} onFocus={() => frame.current?.focus()} />
    </div>,
    document.body,
  );
}
