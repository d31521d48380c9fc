import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { ChallengeOutcome } from '../payment-source';
import ChallengeDialog from './ChallengeDialog';

const ORIGIN = 'http://localhost:12111';
const ACTION = { paymentIntentId: 'pi_1', clientSecret: 'pi_1_secret_x' };

function Harness({ onDone }: { onDone(outcome: ChallengeOutcome): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Pay
      </button>
      {open && (
        <ChallengeDialog
          emulatorOrigin={ORIGIN}
          action={ACTION}
          onDone={(outcome) => {
            setOpen(false);
            onDone(outcome);
          }}
        />
      )}
    </>
  );
}

async function open() {
  const onDone = jest.fn();
  render(<Harness onDone={onDone} />);
  await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
  return { onDone, dialog: screen.getByRole('dialog', { name: 'Confirm your payment' }) };
}

const post = (data: unknown, origin = ORIGIN) =>
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { origin, data }));
  });
const result = (outcome: string, paymentIntentId = 'pi_1') => ({ type: 'stripe-3ds-result', paymentIntentId, outcome });

describe('the 3-D Secure challenge dialog', () => {
  it('is a modal dialog framing the emulator’s challenge page for this payment, with the focus inside', async () => {
    const { dialog } = await open();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/confirm this payment \(3-D Secure\)/);
    expect(dialog).toHaveFocus();
    expect(screen.getByTitle('3-D Secure challenge')).toHaveAttribute(
      'src',
      'http://localhost:12111/3ds/pi_1?client_secret=pi_1_secret_x',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the security check…');
  });

  it('GIVEN the emulator’s answer for this payment THEN reports it once and closes', async () => {
    const { onDone } = await open();
    post(result('complete'));
    expect(onDone).toHaveBeenCalledWith('complete');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    post(result('fail'));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('GIVEN a failed challenge THEN reports fail', async () => {
    const { onDone } = await open();
    post(result('fail'));
    expect(onDone).toHaveBeenCalledWith('fail');
  });

  it('ignores messages from another origin, about another payment, or of another kind', async () => {
    const { onDone } = await open();
    post(result('complete'), 'https://evil.example');
    post(result('complete'), window.location.origin);
    post(result('complete', 'pi_other'));
    post({ type: 'something-else', paymentIntentId: 'pi_1', outcome: 'complete' });
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('closes unanswered with Close, and gives the focus back', async () => {
    const { onDone } = await open();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onDone).toHaveBeenCalledWith('closed');
    expect(screen.getByRole('button', { name: 'Pay' })).toHaveFocus();
  });

  it('closes unanswered with Escape', async () => {
    const { onDone } = await open();
    await userEvent.keyboard('{Escape}');
    expect(onDone).toHaveBeenCalledWith('closed');
  });

  it('keeps Tab inside: past Close it wraps to the challenge, and back from the start to Close', async () => {
    await open();
    const close = screen.getByRole('button', { name: 'Close' });
    const frame = screen.getByTitle('3-D Secure challenge');
    // (user-event's Tab skips iframes, which a browser stops at: so here Tab goes from the dialog to Close.)
    await userEvent.tab();
    expect(close).toHaveFocus();
    await userEvent.tab(); // the end guard
    expect(frame).toHaveFocus();
    close.focus();
    await userEvent.tab({ shift: true }); // the start guard, since the frame is skipped
    expect(close).toHaveFocus();
  });
});
