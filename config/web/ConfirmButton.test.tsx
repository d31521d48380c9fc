import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmButton } from './ConfirmButton';

const renderButton = (onConfirm: () => Promise<string | null>) =>
  render(
    <ConfirmButton
      label="Cancel order"
      title="Cancel this order?"
      confirmLabel="Cancel order"
      cancelLabel="Keep the order"
      busyLabel="Cancelling…"
      onConfirm={onConfirm}
    >
      <p>Your money goes back.</p>
    </ConfirmButton>,
  );

describe('a button that asks first', () => {
  it('runs nothing until confirmed, and nothing when kept', async () => {
    const onConfirm = jest.fn();
    renderButton(onConfirm);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel order' }));
    expect(screen.getByRole('alertdialog', { name: 'Cancel this order?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep the order' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('says why it failed and stays open for another try; closes once done', async () => {
    const onConfirm = jest.fn().mockResolvedValueOnce('It failed. Try again.').mockResolvedValueOnce(null);
    renderButton(onConfirm);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel order' }));
    const confirm = () => screen.getAllByRole('button', { name: 'Cancel order' })[1];
    await userEvent.click(confirm());
    expect(await screen.findByRole('alert')).toHaveTextContent('It failed. Try again.');
    await userEvent.click(confirm());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });
});
