/**
 * A button that asks first (ConfirmDialog) and then runs `onConfirm`: busy while it runs, the failure it reports
 * shown in the dialog for another try, the dialog closed once it is done. Cancelling an order, by its customer
 * (account) or by staff (the order desk).
 */
import { useState } from 'react';
import { ConfirmDialog, type ConfirmDialogProps } from '@folio/config/web/ConfirmDialog';

interface ConfirmButtonProps extends Omit<ConfirmDialogProps, 'busy' | 'error' | 'onConfirm' | 'onCancel'> {
  /** The button's text ("Cancel order"). */
  label: string;
  className?: string;
  /** Resolves with why it failed (the dialog stays open and says so), or null when done (the dialog closes). */
  onConfirm(): Promise<string | null>;
}

export function ConfirmButton({ label, className, onConfirm, ...dialog }: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const failure = await onConfirm();
    setBusy(false);
    if (failure) setError(failure);
    else setOpen(false);
  };

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {label}
      </button>
      {open && (
        <ConfirmDialog {...dialog} busy={busy} error={error} onConfirm={confirm} onCancel={() => setOpen(false)} />
      )}
    </>
  );
}
