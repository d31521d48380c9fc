/**
 * Test mode's `authenticate` (payment-source.ts): shows the Stripe emulator's challenge in ChallengeDialog, loaded
 * only when a card asks for it, and resolves with its outcome. Without an emulator (AWS, Stripe.js unreachable)
 * there is nothing to show the challenge with: it counts as failed.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { appConfig } from '@folio/config/web/app-config';
import type { ChallengeOutcome, PaymentAction } from '../payment-source';

const ChallengeDialog = lazy(() => import('./ChallengeDialog'));

interface OpenChallenge {
  action: PaymentAction;
  resolve(outcome: ChallengeOutcome): void;
}

export function useEmulatorChallenge(): {
  authenticate(action: PaymentAction): Promise<ChallengeOutcome>;
  dialog: ReactNode;
} {
  const emulatorOrigin = appConfig().stripeEmulatorOrigin;
  const [open, setOpen] = useState<OpenChallenge | null>(null);
  const current = useRef<OpenChallenge | null>(null);

  const authenticate = useCallback(
    (action: PaymentAction) =>
      new Promise<ChallengeOutcome>((resolve) => {
        if (!emulatorOrigin) {
          resolve('fail');
          return;
        }
        current.current?.resolve('closed');
        current.current = { action, resolve };
        setOpen(current.current);
      }),
    [emulatorOrigin],
  );

  const onDone = useCallback((outcome: ChallengeOutcome) => {
    const challenge = current.current;
    current.current = null;
    setOpen(null);
    challenge?.resolve(outcome);
  }, []);

  // Leaving checkout mid-challenge leaves it unanswered, so the payment's promise never hangs.
  useEffect(() => () => current.current?.resolve('closed'), []);

  const dialog =
    open && emulatorOrigin ? (
      <Suspense fallback={null}>
        <ChallengeDialog emulatorOrigin={emulatorOrigin} action={open.action} onDone={onDone} />
      </Suspense>
    ) : null;
  return { authenticate, dialog };
}
