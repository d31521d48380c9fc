import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

function Harness({ onConfirm = jest.fn(), busy = false, error = null as string | null }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete Emma
      </button>
      {open && (
        <ConfirmDialog
          title="Delete “Emma”?"
          confirmLabel="Delete book"
          busyLabel="Deleting…"
          busy={busy}
          error={error}
          onConfirm={onConfirm}
          onCancel={() => setOpen(false)}
        >
          <p>It disappears from the shop.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

async function open() {
  await userEvent.click(screen.getByRole('button', { name: 'Delete Emma' }));
  return screen.getByRole('alertdialog', { name: 'Delete “Emma”?' });
}

describe('the confirmation dialog', () => {
  it('is a modal alertdialog, named and described, with the focus on Cancel', async () => {
    render(<Harness />);
    const dialog = await open();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('It disappears from the shop.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    render(<Harness />);
    await open();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Delete book' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Delete book' })).toHaveFocus();
  });

  it('cancels on Escape and gives the focus back to the button that opened it', async () => {
    const onConfirm = jest.fn();
    render(<Harness onConfirm={onConfirm} />);
    await open();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete Emma' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('confirms with its confirm button', async () => {
    const onConfirm = jest.fn();
    render(<Harness onConfirm={onConfirm} />);
    await open();
    await userEvent.click(screen.getByRole('button', { name: 'Delete book' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('while busy, ignores clicks and Escape but keeps the focus inside; shows why the last attempt failed', async () => {
    const onConfirm = jest.fn();
    render(<Harness onConfirm={onConfirm} busy error="The book was not deleted." />);
    await open();
    const busyButton = screen.getByRole('button', { name: 'Deleting…' });
    expect(busyButton).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(busyButton);
    await userEvent.keyboard('{Escape}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The book was not deleted.');
  });

  it('names the safe choice as told, when “Cancel” would be ambiguous', async () => {
    render(
      <ConfirmDialog
        title="Cancel this order?"
        confirmLabel="Cancel order"
        cancelLabel="Keep the order"
        busyLabel="…"
        onConfirm={jest.fn()}
        onCancel={jest.fn()}
      >
        <p>Your money goes back.</p>
      </ConfirmDialog>,
    );
    expect(screen.getByRole('button', { name: 'Keep the order' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
