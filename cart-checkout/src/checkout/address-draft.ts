/**
 * The address being typed, kept for the tab's session (sessionStorage, per customer): a reload, or a trip to the
 * cart and back, loses nothing.
 */
import { EMPTY_ADDRESS, type AddressDraft } from './address';

const key = (customerId: string) => `folio-checkout-address:${customerId}`;

export function readAddressDraft(customerId: string): AddressDraft | null {
  try {
    const raw = window.sessionStorage.getItem(key(customerId));
    if (!raw) return null;
    const saved = JSON.parse(raw) as Partial<AddressDraft>;
    const draft = { ...EMPTY_ADDRESS };
    for (const field of Object.keys(draft) as Array<keyof AddressDraft>) {
      if (typeof saved[field] === 'string') draft[field] = saved[field];
    }
    return draft;
  } catch {
    return null;
  }
}

export function saveAddressDraft(customerId: string, draft: AddressDraft): void {
  try {
    window.sessionStorage.setItem(key(customerId), JSON.stringify(draft));
  } catch {
    // storage disabled or full: the form still holds it
  }
}
